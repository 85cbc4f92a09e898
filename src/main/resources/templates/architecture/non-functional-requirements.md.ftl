# ${app.title}: non-functional requirements

Targets are measured on the production deployment (Kubernetes, 2 replicas, PostgreSQL ${platform["postgresql-server"]}).

| Category | Requirement | Target |
|---|---|---|
| Performance | Latency of single-resource reads (`GET /api/.../{id}`) | p95 < 200 ms at 50 requests/s |
| Performance | Latency of list and write operations | p95 < 500 ms |
| Performance | Throughput per replica | at least 100 requests/s |
| Availability | Monthly availability of the API | 99.5 % |
| Availability | Recovery after a replica failure | new replica ready within 60 s |
| Scalability | Horizontal scaling: the API is stateless | 2 to 10 replicas behind the Service, no code change |
| Scalability | Data volume | 1,000,000 rows per table without latency targets being missed (every foreign key is indexed) |
| Security | Transport | TLS 1.2+ at the ingress; 100 % of external traffic encrypted |
| Security | Authentication and authorisation | tokens from the identity provider required on every /api request before go-live |
| Security | Secrets | 0 secrets in the repository; database credentials come from environment variables |
| Maintainability | Test coverage of the generated code | line coverage at least 70 % |
| Operability | Health and readiness | `/actuator/health` answers within 1 s; logs to stdout |
| Data | Backups | daily PostgreSQL backups, kept 30 days; restore tested every 90 days |
