#!/usr/bin/env bash
# The cost of authentication: the same service driven by `bench` three ways — no authentication, HTTP Basic with the
# password in clear, HTTP Basic with the password hashed (`hash-password`) — one JSON line per run on stdout, then the
# median requests/s of each way and the hashed one as a share of no authentication.
#   tools/bench-auth.sh [seconds] [connections] [rounds] [noop|h2]      (defaults: 20 4 3 noop)
# noop: `serve --noop` (the stack alone, where the checking of the credentials weighs the most); h2: `serve` on an H2
# file. The rounds interleave the three ways, so that the machine's drift falls on each alike. The bench always sends
# the right credentials: what is measured is the path of a client that keeps sending them.
# Run from the project root after `mvn -B -DskipTests -DskipITs package`, on an otherwise idle machine.
set -euo pipefail
secondes="${1:-20}"; connexions="${2:-4}"; tours="${3:-3}"; stockage="${4:-noop}"
jar="${OPI_JAR:-$(pwd)/target/opi-connector.jar}"
travail="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$travail"' EXIT
port_libre() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
attendre() { for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 1; done; echo "no /health on $1" >&2; exit 1; }
utilisateur=bench; mdp="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
hache="$(printf '%s\n' "$mdp" | java -jar "$jar" hash-password | tail -1)"
: >"$travail/resultats"
for tour in $(seq 1 "$tours"); do
  for facon in sans clair hache; do
    port=$(port_libre); rm -rf "$travail/h2"
    case $facon in
      sans) identifiants=(); serveur_env=() ;;
      clair) identifiants=(--user "$utilisateur" --password "$mdp"); serveur_env=(OPI_WS_USER="$utilisateur" OPI_WS_PASSWORD="$mdp") ;;
      hache) identifiants=(--user "$utilisateur" --password "$mdp"); serveur_env=(OPI_WS_USER="$utilisateur" OPI_WS_PASSWORD="$hache") ;;
    esac
    env -C "$travail" OPI_DATA_DIR="$travail/h2" OPI_HTTP_PORT=$port OPI_DB_POOL_SIZE=$connexions "${serveur_env[@]}" \
        java -XX:MaxRAMPercentage=25 -jar "$jar" serve $([ "$stockage" = noop ] && echo --noop) >"$travail/serve-$facon-$tour.log" 2>&1 &
    serveur=$!; attendre $port
    java -jar "$jar" bench --url "http://127.0.0.1:$port/services/OpiMetier" "${identifiants[@]}" --connections "$connexions" \
        --duration "$secondes" --warmup 10 --seed 42 --json \
      | jq -c --arg auth "$facon" --arg mode "$stockage" --argjson tour "$tour" \
          '{auth: $auth, mode: $mode, round: $tour, connections, requests, errors, requests_per_second, p50_ms, p99_ms}' \
      | tee -a "$travail/resultats" || true
    curl -s "http://127.0.0.1:$port/metrics" | grep '^opi_ws_password_checks_total' | sed "s/^/# $facon round $tour: /" >&2 || true
    kill $serveur; wait $serveur || true
  done
done
jq -s -c 'group_by(.auth) | map({auth: .[0].auth, median_requests_per_second:
      (map(.requests_per_second) | sort | .[(length / 2 | floor)]), errors: (map(.errors) | add)})
    | . as $l | ($l | map(select(.auth == "sans"))[0].median_requests_per_second) as $sans
    | map(. + {share_of_no_auth: ((.median_requests_per_second / $sans * 1000 | round) / 10)})[]' "$travail/resultats"
