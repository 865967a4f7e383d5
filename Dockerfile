# The connector's image. Build and run where Docker runs (README, "Operations"):
#   docker build -t opi-connector .
#   docker run -p 8080:8080 -v opi-data:/data -e OPI_WS_USER=parcoursup -e OPI_WS_PASSWORD='pbkdf2-sha256:…' opi-connector
# The image listens on 0.0.0.0, so it refuses to start without credentials (or mutual TLS).

# --- Build: the dependency layer is cached as long as pom.xml does not change -------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B dependency:go-offline -DskipTests
COPY wsdl wsdl
COPY config config
COPY src src
RUN mvn -B -DskipTests package

# --- Run: the JRE only, as a dedicated non-root user -------------------------------------------------------------
# Ubuntu-based Temurin images carry curl, which the HEALTHCHECK uses.
FROM eclipse-temurin:17-jre-noble
RUN groupadd --system --gid 10001 opi \
    && useradd --system --uid 10001 --gid opi --home-dir /app --shell /usr/sbin/nologin opi \
    && mkdir -p /app /data \
    && chown opi:opi /data
WORKDIR /app
COPY --from=build /build/target/opi-connector.jar /app/opi-connector.jar
COPY --chmod=755 docker/healthcheck.sh /app/healthcheck.sh
USER opi
# /data holds the embedded H2 database when OPI_DB_URL is empty. The formation mapping is read from
# /app/config/formations.csv (mount it read-only). /tmp must stay writable (WS-Security's replay
# cache and the JVM write there): mount a tmpfs on it when the root file system is read-only.
ENV OPI_HTTP_HOST=0.0.0.0 \
    OPI_HTTP_PORT=8080 \
    OPI_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["/app/healthcheck.sh"]
# Exec form: java is PID 1 and gets SIGTERM itself (graceful stop, exit status 0).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/opi-connector.jar"]
CMD ["serve"]
