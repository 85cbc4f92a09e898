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
      # The image's numeric user (Dockerfile: USER 10001:10001); the kubelet refuses runAsNonRoot with a named user.
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
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
          securityContext:
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
            capabilities:
              drop:
                - ALL
          # The root filesystem is read-only: Tomcat and the JVM write their temporary files to /tmp.
          volumeMounts:
            - name: tmp
              mountPath: /tmp
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              cpu: "1"
              memory: 768Mi
          # Up to 5 minutes to start; liveness and readiness only take over once the startup probe passed.
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 5
            failureThreshold: 60
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 10
      volumes:
        - name: tmp
          emptyDir: {}
