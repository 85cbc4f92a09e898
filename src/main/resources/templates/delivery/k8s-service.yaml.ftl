apiVersion: v1
kind: Service
metadata:
  name: ${model.name}
  labels:
    app.kubernetes.io/name: ${model.name}
spec:
  selector:
    app.kubernetes.io/name: ${model.name}
  ports:
    - name: http
      port: 80
      targetPort: http
