#!/usr/bin/env bash
# The connector's CPU time per call, for each nature of call (BENCHMARKS.md): for each nature, a fresh MariaDB
# database and a fresh `serve`, a warm-up of new candidates, then a fixed number of calls of that nature only; the
# server's user + system CPU time (/proc/PID/stat) over those calls, divided by their number. One JSON line per nature.
#   tools/cpu-par-appel.sh [calls] [connections]        (MariaDB at $BENCH_DB_URL, default 127.0.0.1:3306)
# The warm-up lasts BENCH_WARMUP seconds (default 60): after 15 s the JIT compiler is still compiling, and its CPU
# time would be counted against the calls.
# Run from the project root after `mvn -B -DskipTests package`, on an otherwise idle machine.
set -euo pipefail
appels="${1:-3000}"; connexions="${2:-4}"; echauffement="${BENCH_WARMUP:-60}"
jar="${OPI_JAR:-$(pwd)/target/opi-connector.jar}"; client="${OPI_BENCH_JAR:-$jar}"  # the client: a jar with --nature
travail="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$travail"' EXIT
port_libre() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
attendre() { for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 1; done; echo "no /health on $1" >&2; exit 1; }
maria_url="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306}"; maria_user="${BENCH_DB_USER:-root}"; maria_pw="${BENCH_DB_PASSWORD:-}"
for nature in nouvelle inchangee f-vers-d voeu-retire; do
  mysql -h127.0.0.1 -u"$maria_user" ${maria_pw:+-p"$maria_pw"} -e "DROP DATABASE IF EXISTS opi_bench; CREATE DATABASE opi_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  port=$(port_libre)
  env -C "$travail" OPI_DB_URL="$maria_url/opi_bench" OPI_DB_USER="$maria_user" OPI_DB_PASSWORD="$maria_pw" \
      OPI_HTTP_PORT=$port OPI_DB_POOL_SIZE=$connexions java -XX:MaxRAMPercentage=25 -jar "$jar" serve >"$travail/serve-$nature.log" 2>&1 &
  serveur=$!; attendre $port
  java -jar "$client" bench --url "http://127.0.0.1:$port/services/OpiMetier" --connections $connexions --requests "$appels" \
      --warmup "$echauffement" --seed 42 --nature $nature --json \
    | jq -c --arg nature "$nature" '{nature: $nature, requests, natures, errors, requests_per_second, server_cpu_ms_per_request}' || true
  kill $serveur; wait $serveur || true
done
