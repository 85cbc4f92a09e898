# ${app.title}: system context (C4 level 1)

Who uses ${app.title} and which systems it depends on.

```mermaid
C4Context
    title System context of ${app.title}
    Person(user, "User", "Works with <#list entities?filter(e -> !e.entity.builtIn) as e>${e.name.label?lower_case}<#sep>, </#sep></#list> through a client application")
    Person(operator, "Operator", "Deploys and monitors the service")
    System(${app.databaseName}, "${app.title}", "${mermaid(model.description?has_content?then(model.description, "REST API and data of " + app.title))}")
    System_Ext(client, "Client application", "Web or mobile front end, or another service, calling the REST API")
    System_Ext(identity, "Identity provider", "Issues tokens for users when authentication is added")
    Rel(user, client, "Uses")
    Rel(client, ${app.databaseName}, "Calls", "JSON over HTTPS")
    Rel(operator, ${app.databaseName}, "Deploys, monitors", "Kubernetes, /actuator/health")
    Rel(client, identity, "Signs users in", "OIDC")
```

## Scope

- Inside: the REST API for <#list entities as e>${e.name.label}<#sep>, </#sep></#list>, its validation rules and its data.
- Outside: user interfaces, authentication (an identity provider is expected in front of the API), reporting.
