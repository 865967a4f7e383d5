#!/bin/sh
# The image's HEALTHCHECK: GET /health (readiness) on the admin port when OPI_ADMIN_PORT is set, else on the
# service's port (HTTPS when the connector serves TLS itself). Exit 0: healthy; 1: not ready or not answering.
port="${OPI_ADMIN_PORT:-0}"
scheme=http
if [ "$port" = "0" ]; then
  port="${OPI_HTTP_PORT:-8080}"
  if [ -n "${OPI_HTTP_TLS_KEYSTORE:-}" ]; then
    scheme=https
  fi
fi
# --insecure: the probe talks to this very container on 127.0.0.1, not to the name on the certificate.
curl --fail --silent --show-error --insecure --max-time 5 --output /dev/null "$scheme://127.0.0.1:$port/health" || exit 1
