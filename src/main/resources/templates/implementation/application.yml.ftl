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
  flyway:
    enabled: true
    locations: classpath:db/migration
server:
  port: ${r"${PORT:8080}"}
management:
  endpoint:
    health:
      probes:
        enabled: true
springdoc:
  api-docs:
    path: /v3/api-docs
