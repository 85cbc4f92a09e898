apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${yaml(model.name)}
  labels:
    app.kubernetes.io/name: ${yaml(model.name)}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${yaml(model.name)}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${yaml(model.name)}
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: ${yaml(model.name)}
          image: ${yaml(model.name + ":0.1.0")}
          ports:
            - name: http
              containerPort: 8080
          envFrom:
            - configMapRef:
                name: ${yaml(model.name)}
          env:
            # Credentials come from a Secret created at deploy time (kubectl create secret generic ${model.name}-db ...).
            - name: DATABASE_USERNAME
              valueFrom:
                secretKeyRef:
                  name: ${yaml(model.name + "-db")}
                  key: username
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${yaml(model.name + "-db")}
                  key: password
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              memory: 768Mi
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            initialDelaySeconds: 10
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            initialDelaySeconds: 30
            periodSeconds: 10
