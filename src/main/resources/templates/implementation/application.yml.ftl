spring:
  application:
    name: ${yaml(model.name)}
  datasource:
    # Local defaults; set DATABASE_URL, DATABASE_USERNAME and DATABASE_PASSWORD everywhere else.
    url: ${r"${DATABASE_URL:jdbc:postgresql://localhost:5432/"}${app.databaseName}}
    username: ${r"${DATABASE_USERNAME:"}${app.databaseName}}
    password: ${r"${DATABASE_PASSWORD:"}${app.databaseName}}
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
  data:
    web:
      pageable:
        # Larger page sizes are clamped to this (the API contract says so).
        max-page-size: 100
  flyway:
    enabled: true
    locations: classpath:db/migration
<#if app.secured>
  security:
    oauth2:
      resourceserver:
        jwt:
          # The token issuer (OpenID Connect discovery); set OAUTH2_ISSUER_URI everywhere else.
          issuer-uri: ${r"${OAUTH2_ISSUER_URI:http://localhost:8180/realms/"}${app.databaseName}}
          # Tokens must name this API as their audience (the realm's audience mapper adds it).
          audiences: ${r"${OAUTH2_AUDIENCE:"}${app.databaseName?replace("_", "-")}-api}
</#if>
<#if app.blobs>
app:
  blobs:
    # The largest upload of a blob field (413 above it); BLOBS_MAX_SIZE overrides it.
    max-size: ${r"${BLOBS_MAX_SIZE:10MB}"}
</#if>
server:
  port: ${r"${PORT:8080}"}
logging:
  structured:
    # One JSON object per line (Elastic Common Schema) for the log collector; LOG_FORMAT=logstash or gelf also work.
    format:
      console: ${r"${LOG_FORMAT:ecs}"}
management:
  endpoints:
    web:
      exposure:
        include: health,info,metrics,prometheus
  endpoint:
    health:
      probes:
        enabled: true
  prometheus:
    metrics:
      export:
        enabled: true
springdoc:
  api-docs:
    path: /v3/api-docs
  swagger-ui:
    # Swagger UI shows the static contract, not the description derived from the code.
    url: /openapi.yaml
