# ${app.title}: containers (C4 level 2)

```mermaid
C4Container
    title Containers of ${app.title}
    Person(user, "User", "Uses a client application")
    System_Ext(client, "Client application", "Calls the REST API")
    System_Boundary(system, "${app.title}") {
        Container(api, "${app.title} REST API", "Java ${platform["java"]}, Spring Boot ${platform["spring-boot"]}", "REST API /api/*: validation, business rules, RFC 9457 problem details; OpenAPI at /v3/api-docs")
        ContainerDb(db, "${app.title} database", "PostgreSQL ${platform["postgresql-server"]}", "Tables <#list entities as e>${e.table}<#sep>, </#sep></#list>; schema versioned by Flyway")
    }
    Rel(user, client, "Uses")
    Rel(client, api, "Calls", "JSON over HTTPS")
    Rel(api, db, "Reads and writes", "JDBC, Spring Data JPA")
```

## Containers

| Container | Technology | Responsibility |
|---|---|---|
| REST API | Spring Boot ${platform["spring-boot"]} on Java ${platform["java"]} (Spring MVC, Spring Data JPA, Bean Validation, Flyway, springdoc-openapi ${platform["springdoc"]}) | One vertical slice per entity: controller, service, repository, entity, request and response records |
| Database | PostgreSQL ${platform["postgresql-server"]} | Stores <#list entities as e>${e.name.label}<#sep>, </#sep></#list>; migrations in `src/main/resources/db/migration` |
