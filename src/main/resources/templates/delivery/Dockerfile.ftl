# Build stage: compile and package with the Maven wrapper (tests run in CI, not in the image build).
FROM eclipse-temurin:${platform["java"]}-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp ${shell("target/" + model.name + "-")}*.jar application.jar

# Runtime stage: JRE only, non-root user.
FROM ${platform["temurin-image"]}
RUN groupadd --system app && useradd --system --gid app --home /app app
WORKDIR /app
COPY --from=build /workspace/application.jar application.jar
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/application.jar"]
