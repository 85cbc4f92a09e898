#!/bin/bash
# Runs once, on the first start of an empty data volume (docker-entrypoint-initdb.d):
# one database and one non-superuser owner each for the application and for Keycloak.
set -euo pipefail

psql --username "$POSTGRES_USER" --dbname postgres --set ON_ERROR_STOP=1 \
  --set scaffold_password="$SCAFFOLD_DB_PASSWORD" \
  --set keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE scaffold LOGIN PASSWORD :'scaffold_password';
CREATE DATABASE scaffold OWNER scaffold;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
