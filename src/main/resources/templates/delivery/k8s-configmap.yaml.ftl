apiVersion: v1
kind: ConfigMap
metadata:
  name: ${yaml(model.name)}
  labels:
    app.kubernetes.io/name: ${yaml(model.name)}
data:
  DATABASE_URL: jdbc:postgresql://postgres:5432/${app.databaseName}
  JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75
