#!/usr/bin/env bash
# The remontées sender's time for N rows (default 100,000) against WireMock standing in for Parcoursup, on MariaDB.
#   tools/bench-remontees.sh [rows]       (MariaDB root access on 127.0.0.1:3306; database opi_bench_remontees)
# Run from the project root after `mvn -B -DskipTests package` (which also puts WireMock in ~/.m2).
set -euo pipefail
lignes="${1:-100000}"
jar="${OPI_JAR:-$(pwd)/target/opi-connector.jar}"
wiremock="$(ls ~/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar)"
travail="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$travail"' EXIT
base=opi_bench_remontees; url="jdbc:mariadb://127.0.0.1:3306/$base"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $base; CREATE DATABASE $base CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# 1. The individuals (fast path), the formation mapping, one paid IA per individual on its first wish, its remontée
#    row waiting, and a successful "Tester connecteur".
java -jar "$jar" bench --db-url "$url" --db-user root --load "$lignes" --seed 1
export OPI_DB_URL="$url" OPI_DB_USER=root
java -jar "$jar" formations reload --file config/formations.csv
mysql -h127.0.0.1 -uroot "$base" <<'SQL'
INSERT INTO inscription (individu_id, voeu_id, cod_etp, cod_vrs_vet, etat_inscription, date_paiement, code_formation_psup,
                         cree_le, modifie_le, version)
SELECT v.individu_id, v.id, v.cod_etp, v.cod_vrs_vet, 1, '2026-07-10',
       CASE v.cod_etp WHEN 'LDR1' THEN 4242 WHEN 'LEC1' THEN 4310 WHEN 'LPH1' THEN 5120 ELSE 5130 END, NOW(6), NOW(6), 0
FROM voeu v WHERE v.id = (SELECT MIN(w.id) FROM voeu w WHERE w.individu_id = v.individu_id);
INSERT INTO remontee (inscription_id, individu_id, cod_opi_int_epo, evenement, etat_inscription, code_formation_psup,
                      cree_le, statut, tentatives)
SELECT i.id, i.individu_id, d.cod_opi_int_epo, 'INSCRIPTION', 1, i.code_formation_psup, NOW(6), 'EN_ATTENTE', 0
FROM inscription i JOIN individu d ON d.id = i.individu_id ORDER BY i.id;
INSERT INTO handshake (effectue_le, resultat, message, http_status, origine) VALUES (NOW(6), 'OK', 'bench', 200, 'bench');
SQL
# 2. WireMock answering every remontée OK.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$travail/mappings"
cat > "$travail/mappings/maj.json" <<'JSON'
{"request": {"method": "POST", "url": "/ApiRest/majInscriptionAdministrative"},
 "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": "{\"retour\":\"OK\",\"message\":\"ok\"}"}}
JSON
java -jar "$wiremock" --port "$port" --bind-address 127.0.0.1 --root-dir "$travail" \
    --no-request-journal >/dev/null 2>&1 &
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/__admin/mappings" && break; sleep 1; done
# 3. One sender run, timed.
debut=$(date +%s.%N)
OPI_PARCOURSUP_URL="http://127.0.0.1:$port" OPI_PARCOURSUP_LOGIN=bench OPI_PARCOURSUP_PASSWORD=bench \
    OPI_PARCOURSUP_UAI=0350936C ${BENCH_TIMEOUT:+timeout "$BENCH_TIMEOUT"} java -jar "$jar" remontees envoyer || true
fin=$(date +%s.%N)
envoyees=$(mysql -h127.0.0.1 -uroot -N "$base" -e "SELECT COUNT(*) FROM remontee WHERE statut = 'ENVOYEE'")
echo "{\"rows\": $lignes, \"sent\": $envoyees, \"seconds\": $(echo "$fin - $debut" | bc)}"
