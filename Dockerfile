# Build: docker build -t opi-connector .
# Run:   docker run -p 8080:8080 -v opi-data:/data opi-connector
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B dependency:go-offline -DskipTests
COPY wsdl wsdl
COPY config config
COPY src src
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app opi && mkdir -p /app /data && chown opi /data
WORKDIR /app
COPY --from=build /build/target/opi-connector.jar /app/opi-connector.jar
USER opi
ENV OPI_HTTP_HOST=0.0.0.0 \
    OPI_HTTP_PORT=8080 \
    OPI_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/opi-connector.jar"]
CMD ["serve"]
