apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${model.name}
  labels:
    app.kubernetes.io/name: ${model.name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${model.name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${model.name}
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: ${model.name}
          image: ${model.name}:0.1.0
          ports:
            - name: http
              containerPort: 8080
          envFrom:
            - configMapRef:
                name: ${model.name}
          env:
            # Credentials come from a Secret created at deploy time (kubectl create secret generic ${model.name}-db ...).
            - name: DATABASE_USERNAME
              valueFrom:
                secretKeyRef:
                  name: ${model.name}-db
                  key: username
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${model.name}-db
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
