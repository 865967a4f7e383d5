#!/usr/bin/env bash
# Growth: the same bench mix on MariaDB after 10,000 and after 1,000,000 stored individuals (preloaded with
# `bench --load`, the fast path); one JSON line per size.
#   tools/bench-growth.sh [seconds] [connections]     (MariaDB root access on 127.0.0.1:3306; database opi_bench_growth)
# Run from the project root after `mvn -B -DskipTests package`, on an otherwise idle machine.
set -euo pipefail
secondes="${1:-30}"; connexions="${2:-4}"
jar="$(pwd)/target/opi-connector.jar"
travail="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$travail"' EXIT
base=opi_bench_growth; url="jdbc:mariadb://127.0.0.1:3306/$base"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $base; CREATE DATABASE $base CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
charges=0
for taille in 10000 1000000; do
  java -jar "$jar" bench --db-url "$url" --db-user root --load $(( taille - charges )) --seed 1 >&2
  charges=$taille
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  env -C "$travail" OPI_DB_URL="$url" OPI_DB_USER=root OPI_HTTP_PORT=$port OPI_DB_POOL_SIZE=$connexions \
      java -XX:MaxRAMPercentage=25 -jar "$jar" serve >"$travail/serve-$taille.log" 2>&1 &
  serveur=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
  # A new seed for each size: the bench's own candidates are new each time, over the preloaded ones.
  java -jar "$jar" bench --url "http://127.0.0.1:$port/services/OpiMetier" --connections "$connexions" \
      --duration "$secondes" --warmup 10 --seed "$taille" --json \
    | jq -c --argjson stored "$taille" '{stored: $stored, connections, requests, errors, requests_per_second, p50_ms, p95_ms, p99_ms, max_ms, server_rss_mb_start, server_rss_mb_end, server_heap_mb_start, server_heap_mb_end}'
  kill $serveur; wait $serveur || true
done
