apiVersion: v1
kind: Service
metadata:
  name: ${yaml(model.name)}
  labels:
    app.kubernetes.io/name: ${yaml(model.name)}
spec:
  selector:
    app.kubernetes.io/name: ${yaml(model.name)}
  ports:
    - name: http
      port: 80
      targetPort: http
