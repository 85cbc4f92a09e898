# ADR 0001: Spring Boot ${platform["spring-boot"]} on Java ${platform["java"]}

## Status

Accepted

## Context

${app.title} is a REST service over ${entities?size} entities. The team needs a stack with long support, strong
validation and persistence support, and a test story that runs anywhere, including CI machines without Docker.
<#if rationale??>

${md(rationale.context)}
</#if>

## Decision

Use Spring Boot ${platform["spring-boot"]} (Spring Framework 7, Jakarta EE 11) on Java ${platform["java"]} with
Spring MVC (`spring-boot-starter-webmvc`), Spring Data JPA, Bean Validation and Flyway, built with Maven through
the Maven wrapper. The code is packaged by feature: one package per entity holding its controller, service,
repository, entity, request and response records and mapper.<#if entities?filter(e -> e.mapstruct)?has_content> The
mappers of the entities the spec asks DTOs for (JDL `dto mapstruct`) are MapStruct interfaces implemented at compile
time; the others are written by hand.</#if><#if entities?filter(e -> e.serviceImpl)?has_content> Where the spec asks
for it (JDL `service with serviceImpl`) the service is an interface the controller depends on and a class
implementing it.</#if>

## Consequences

- Boot 4's modular starters keep the classpath small: only web MVC, JPA, validation and Flyway are on it.
- Jackson 3 (`tools.jackson`) serialises the API; dates are ISO-8601 strings.
- Upgrades follow the Spring Boot release train; the versions live in one place, the Maven parent.
<#if rationale??>
<#list rationale.consequences as c>
- ${md(c)}
</#list>
</#if>
