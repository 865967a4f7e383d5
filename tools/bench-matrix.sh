#!/usr/bin/env bash
# The throughput matrix of BENCHMARKS.md, in one run: for one database (h2 | mariadb), `serve`, `serve --noop` and
# the database ceiling, each driven by `bench` at each connection count; one JSON line per row on stdout.
#   tools/bench-matrix.sh h2      [seconds] [connections…]
#   tools/bench-matrix.sh mariadb [seconds] [connections…]   (MariaDB at $BENCH_DB_URL, default 127.0.0.1:3306)
# Each row is measured after BENCH_WARMUP seconds of the same load (default 60): after 10 s the JIT compiler is still
# compiling the request path, and a short warm-up measures the compiler as much as the connector.
# Run from the project root after `mvn -B -DskipTests package`, on an otherwise idle machine.
set -euo pipefail
base="${1:?h2 or mariadb}"; secondes="${2:-30}"; shift $(( $# >= 2 ? 2 : $# )) || true
echauffement="${BENCH_WARMUP:-60}"
connexions=("$@"); [ ${#connexions[@]} -eq 0 ] && connexions=(4 16)
jar="${OPI_JAR:-$(pwd)/target/opi-connector.jar}"
travail="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$travail"' EXIT
port_libre() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
attendre() { for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 1; done; echo "no /health on $1" >&2; exit 1; }
maria_url="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306}"; maria_user="${BENCH_DB_USER:-root}"; maria_pw="${BENCH_DB_PASSWORD:-}"
nouvelle_base() {  # a fresh database (or H2 file) for one row
  if [ "$base" = mariadb ]; then
    mysql -h127.0.0.1 -u"$maria_user" ${maria_pw:+-p"$maria_pw"} -e "DROP DATABASE IF EXISTS opi_bench; CREATE DATABASE opi_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    echo "$maria_url/opi_bench"
  else
    rm -rf "$travail/h2"; echo "jdbc:h2:file:$travail/h2/opi-connector;MODE=MariaDB;DATABASE_TO_LOWER=TRUE"
  fi
}
ligne() { jq -c --arg db "$base" --arg mode "$1" '{db: $db, mode: $mode, connections, requests, errors, requests_per_second, p50_ms, p95_ms, p99_ms, max_ms, server_rss_mb_end, server_heap_mb_start, server_heap_mb_end}'; }
for c in "${connexions[@]}"; do
  for mode in serve noop; do
    port=$(port_libre); url=$(nouvelle_base)
    if [ "$base" = h2 ]; then env_db=(OPI_DATA_DIR="$travail/h2"); else env_db=(OPI_DB_URL="$url" OPI_DB_USER="$maria_user" OPI_DB_PASSWORD="$maria_pw"); fi
    env -C "$travail" "${env_db[@]}" OPI_HTTP_PORT=$port OPI_DB_POOL_SIZE=$c \
        java -XX:MaxRAMPercentage=25 -jar "$jar" serve $([ $mode = noop ] && echo --noop) >"$travail/serve-$mode-$c.log" 2>&1 &
    serveur=$!; attendre $port
    java -jar "$jar" bench --url "http://127.0.0.1:$port/services/OpiMetier" --connections $c --duration "$secondes" \
        --warmup "$echauffement" --seed 42 --json | ligne "$mode" || true
    kill $serveur; wait $serveur || true
  done
  url=$(nouvelle_base)
  if [ "$base" = h2 ]; then utilisateur=sa; mdp=""; else utilisateur="$maria_user"; mdp="$maria_pw"; fi
  java -jar "$jar" bench --db-ceiling --db-url "$url" --db-user "$utilisateur" --db-password "$mdp" \
      --connections $c --duration "$secondes" --warmup "$echauffement" --seed 42 --json | ligne db-ceiling || true
done
