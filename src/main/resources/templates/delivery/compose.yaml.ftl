# Local stack: the application and PostgreSQL. Start with: docker compose up --build
services:
  postgres:
    image: ${platform["postgres-image"]}
    environment:
      POSTGRES_DB: ${yaml(app.databaseName)}
      POSTGRES_USER: ${yaml(app.databaseName)}
      POSTGRES_PASSWORD: ${r"${POSTGRES_PASSWORD:-"}${app.databaseName}}
    ports:
      - "5432:5432"
    volumes:
      - postgres-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U ${app.databaseName} -d ${app.databaseName}"]
      interval: 5s
      timeout: 3s
      retries: 10
  app:
    build: .
    environment:
      DATABASE_URL: jdbc:postgresql://postgres:5432/${app.databaseName}
      DATABASE_USERNAME: ${yaml(app.databaseName)}
      DATABASE_PASSWORD: ${r"${POSTGRES_PASSWORD:-"}${app.databaseName}}
<#if app.secured>
      # Tokens name the issuer as the host sees it; the signing keys come over the compose network.
      OAUTH2_ISSUER_URI: http://localhost:8180/realms/${app.databaseName}
      SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI: http://keycloak:8180/realms/${app.databaseName}/protocol/openid-connect/certs
</#if>
    ports:
      - "8080:8080"
    depends_on:
      postgres:
        condition: service_healthy
<#if app.secured>
  keycloak:
    # Development mode with the project's realm (keycloak/realm.json): roles, demo users, the local client.
    image: ${platform["keycloak-image"]}
    command: ["start-dev", "--import-realm", "--http-port=8180"]
    environment:
      KC_BOOTSTRAP_ADMIN_USERNAME: admin
      KC_BOOTSTRAP_ADMIN_PASSWORD: ${r"${KEYCLOAK_ADMIN_PASSWORD:-admin}"}
    ports:
      - "8180:8180"
    volumes:
      - ./keycloak/realm.json:/opt/keycloak/data/import/realm.json:ro
</#if>
volumes:
  postgres-data:
