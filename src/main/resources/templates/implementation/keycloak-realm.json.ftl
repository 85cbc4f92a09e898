<#assign client = app.databaseName?replace("_", "-")>
{
  "realm": "${app.databaseName}",
  "enabled": true,
  "sslRequired": "external",
  "registrationAllowed": false,
  "roles": {
    "realm": [
      { "name": "user", "description": "Uses the API" },
      { "name": "admin", "description": "Also manages users and reads the actuator endpoints" }
    ]
  },
  "users": [
    {
      "username": "user",
      "enabled": true,
      "email": "user@example.com",
      "emailVerified": true,
      "firstName": "Demo",
      "lastName": "User",
      "credentials": [ { "type": "password", "value": "user-dev-password", "temporary": false } ],
      "realmRoles": [ "user" ]
    },
    {
      "username": "admin",
      "enabled": true,
      "email": "admin@example.com",
      "emailVerified": true,
      "firstName": "Demo",
      "lastName": "Admin",
      "credentials": [ { "type": "password", "value": "admin-dev-password", "temporary": false } ],
      "realmRoles": [ "user", "admin" ]
    }
  ],
  "clients": [
    {
      "clientId": "${client}-local",
      "name": "Local development (Swagger UI, curl)",
      "enabled": true,
      "publicClient": true,
      "standardFlowEnabled": true,
      "directAccessGrantsEnabled": true,
      "implicitFlowEnabled": false,
      "serviceAccountsEnabled": false,
      "redirectUris": [ "http://localhost:8080/*" ],
      "webOrigins": [ "+" ],
      "attributes": { "pkce.code.challenge.method": "S256" },
      "protocolMappers": [
        {
          "name": "${client}-api audience",
          "protocol": "openid-connect",
          "protocolMapper": "oidc-audience-mapper",
          "config": {
            "included.custom.audience": "${client}-api",
            "access.token.claim": "true",
            "id.token.claim": "false"
          }
        }
      ]
    }
  ]
}
