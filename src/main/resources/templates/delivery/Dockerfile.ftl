# Build stage: compile and package with the Maven wrapper (tests run in CI, not in the image build).
FROM eclipse-temurin:${platform["java"]}-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp ${shell("target/" + model.name + "-")}*.jar application.jar

# Runtime stage: JRE only, a non-root user with a numeric uid/gid (Kubernetes' runAsNonRoot can only verify a
# numeric USER; k8s/deployment.yaml runs the pod as the same 10001:10001).
FROM ${platform["temurin-image"]}
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid 10001 --home /app app
WORKDIR /app
COPY --from=build /workspace/application.jar application.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/application.jar"]
