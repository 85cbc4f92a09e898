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
    ports:
      - "8080:8080"
    depends_on:
      postgres:
        condition: service_healthy
volumes:
  postgres-data:
