#!/usr/bin/env bash
# Both exports on N stored individuals (default 100,000) on MariaDB: time, peak memory, and byte-identical reruns.
#   tools/bench-exports.sh [individuals] [heap]   (MariaDB root access on 127.0.0.1:3306; database opi_bench_exports;
#                                                  heap: the exporting JVM's -Xmx, default 128m)
# Run from the project root after `mvn -B -DskipTests package`.
set -euo pipefail
individus="${1:-100000}"
tas="${2:-128m}"
jar="${OPI_JAR:-$(pwd)/target/opi-connector.jar}"
travail="$(mktemp -d)"; trap 'rm -rf "$travail"' EXIT
base=opi_bench_exports; url="jdbc:mariadb://127.0.0.1:3306/$base"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $base; CREATE DATABASE $base CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
java -jar "$jar" bench --db-url "$url" --db-user root --load "$individus" --seed 1
export OPI_DB_URL="$url" OPI_DB_USER=root
java -jar "$jar" formations reload --file config/formations.csv
for export in pegase apogee; do
  for passe in 1 2; do
    /usr/bin/time -f "$export run $passe: %e s, peak RSS %M KB" \
      java "-Xmx$tas" -jar "$jar" export "$export" --dir "$travail/$export-$passe" | sed -n '2,5p'
  done
  diff -r "$travail/$export-1" "$travail/$export-2" && echo "$export: both runs byte-identical"
done
