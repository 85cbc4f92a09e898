# syntax=docker/dockerfile:1
# Production image of Scaffold Orchestrator: build with the Maven wrapper on a JDK, run the layered jar on a JDK too.
# Build: docker build -t scaffold-orchestrator:0.1.0 .

FROM eclipse-temurin:21-jdk-noble AS build
# Node.js and npm from the distribution: the Maven build bundles the browser console (src/main/console) with esbuild.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
# Dependencies first: this layer is reused until pom.xml or the wrapper changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
    && cp target/scaffold-orchestrator-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# A JDK, not a JRE: the verification gate compiles and tests the generated project with this Java (javac).
FROM eclipse-temurin:21-jdk-noble
# bubblewrap isolates those builds where the container may create user namespaces (docs/deployment.md); without
# it they run with a warning, less isolated. prlimit (util-linux) is in the base image already.
RUN apt-get update \
    && apt-get install -y --no-install-recommends bubblewrap \
    && rm -rf /var/lib/apt/lists/*
# A fixed numeric id: Kubernetes can verify runAsNonRoot only for numeric users. Its home holds the local Maven
# repository of those builds (~/.m2, a volume in Kubernetes where the root filesystem is read-only).
RUN groupadd --system --gid 10001 scaffold \
    && useradd --system --uid 10001 --gid scaffold --home-dir /home/scaffold --shell /usr/sbin/nologin scaffold \
    && mkdir -p /workspace /home/scaffold/.m2 \
    && chown -R scaffold:scaffold /workspace /home/scaffold
WORKDIR /app
# One layer per Spring Boot layer, least to most frequently changed.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# Heap follows the container memory limit; the rest is left for metaspace, threads and direct buffers.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError" \
    SCAFFOLD_WORKSPACE=/workspace
VOLUME ["/workspace"]
USER 10001:10001
EXPOSE 8080
# The image ships no curl: bash's /dev/tcp asks the liveness group directly. 127.0.0.1 and Host localhost work
# whichever address the server binds (loopback without security, every interface with it or with the opt-in).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
