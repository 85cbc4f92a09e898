<#macro problems codes indent>
<#list codes as code>
${""?left_pad(indent)}'${code}':
${""?left_pad(indent)}  description: <#if code == "400">The request is malformed or violates a constraint<#elseif code == "404">No such resource<#elseif code == "412">If-Match does not name the current ETag, the resource changed since it was read<#elseif code == "413">The content is larger than the maximum size (app.blobs.max-size)<#elseif code == "415">The content's media type is not accepted<#else>A unique value is taken or the resource is still referenced</#if>
${""?left_pad(indent)}  content:
${""?left_pad(indent)}    application/problem+json:
${""?left_pad(indent)}      schema:
${""?left_pad(indent)}        $ref: '#/components/schemas/ProblemDetail'
</#list>
</#macro>
<#macro etag indent>
${""?left_pad(indent)}ETag:
${""?left_pad(indent)}  description: The version of the resource in quotes; send it as If-Match to update only that version
${""?left_pad(indent)}  schema:
${""?left_pad(indent)}    type: string
</#macro>
<#macro property f required>
<#local t = f.field.type?string>
<#if f.blob>
          oneOf:
          - $ref: '#/components/schemas/BlobMetadata'
          - type: 'null'
          description: ${yaml("The " + f.name.label + " (" + f.image?then("an image", "any media type") + "), null when empty; its bytes are read, uploaded and deleted at its href" + f.field.documentation?has_content?then(". " + f.field.documentation, ""))}
<#return>
</#if>
<#local null = required?then("", ", 'null'")>
<#if t == "ENUM">
<#if required>
          $ref: '#/components/schemas/${f.enumView.name.className}'
<#else>
          oneOf:
          - $ref: '#/components/schemas/${f.enumView.name.className}'
          - type: 'null'
</#if>
<#else>
          type: [<#if t == "STRING" || t == "TEXT" || t == "LOCAL_DATE" || t == "LOCAL_TIME" || t == "ZONED_DATE_TIME" || t == "INSTANT" || t == "DURATION" || t == "UUID">string<#elseif t == "INTEGER" || t == "LONG">integer<#elseif t == "BOOLEAN">boolean<#else>number</#if>${null}]
<#if t == "INTEGER">
          format: int32
<#elseif t == "LONG">
          format: int64
<#elseif t == "FLOAT">
          format: float
<#elseif t == "DOUBLE">
          format: double
<#elseif t == "LOCAL_DATE">
          format: date
<#elseif t == "ZONED_DATE_TIME" || t == "INSTANT">
          format: date-time
<#elseif t == "DURATION">
          format: duration
<#elseif t == "UUID">
          format: uuid
<#elseif t == "LOCAL_TIME">
          pattern: '^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$'
</#if>
<#if f.text && f.field.minLength??>
          minLength: ${f.field.minLength?c}
</#if>
<#if t == "STRING">
          maxLength: ${(f.field.maxLength!255)?c}
<#elseif t == "TEXT" && f.field.maxLength??>
          maxLength: ${f.field.maxLength?c}
</#if>
<#if f.field.pattern??>
          pattern: ${yaml(f.field.pattern)}
</#if>
<#if f.numeric && f.field.min??>
          minimum: ${f.field.min?c}
</#if>
<#if f.numeric && f.field.max??>
          maximum: ${f.field.max?c}
</#if>
</#if>
<#if f.field.documentation?has_content>
          description: ${yaml(f.field.documentation)}
</#if>
</#macro>
<#macro reference r>
<#if r.collection>
          type: array
          uniqueItems: true
          items:
            type: integer
            format: int64
          description: ${yaml("Ids of the " + r.target.name.label + " entities referred to as " + r.field.label + "; the response shows them as " + r.member + ", each with its id" + (r.displayField == "id")?then("", " and " + r.displayField) + ". PUT replaces the whole set: leaving it out clears it")}
<#else>
          type: [integer<#if !r.required>, 'null'</#if>]
          format: int64
          description: ${yaml("Id of the " + r.target.name.label + " referred to as " + r.field.label + "; the response shows it as " + r.member + ", with its id" + (r.displayField == "id")?then("", " and " + r.displayField) + (r.required)?then("", ". PUT replaces the whole resource: leaving it out clears it"))}
</#if>
</#macro>
<#macro shownReference r>
<#if r.collection>
          type: array
          description: ${yaml("The " + r.target.name.label + " entities referred to as " + r.field.label + ", sorted by id; written as " + r.apiProperty)}
          items:
<#else>
          description: ${yaml("The " + r.target.name.label + " referred to as " + r.field.label + "; written as " + r.apiProperty)}
</#if>
<#local pad = r.collection?then("  ", "")>
${pad}          type: [object<#if !r.collection && !r.required>, 'null'</#if>]
${pad}          required: [id]
${pad}          additionalProperties: false
${pad}          properties:
${pad}            id:
${pad}              type: integer
${pad}              format: int64
<#if r.display??>
${pad}            ${r.display.name.fieldName}:
<#local shown><@property r.display false/></#local>
${shown?replace("^", pad + "    ", "rm")?remove_ending("\n")}
</#if>
</#macro>
<#macro criterionValue c pad>
<#local t = (c.field??)?then(c.field.field.type?string, "LONG")>
<#if t == "ENUM">
${pad}$ref: '#/components/schemas/${c.field.enumView.name.className}'
<#elseif t == "BOOLEAN">
${pad}type: boolean
<#elseif t == "INTEGER" || t == "LONG">
${pad}type: integer
${pad}format: int<#if t == "INTEGER">32<#else>64</#if>
<#elseif t == "FLOAT" || t == "DOUBLE" || t == "BIG_DECIMAL">
${pad}type: number
<#else>
${pad}type: string
<#if t == "LOCAL_DATE">
${pad}format: date
<#elseif t == "ZONED_DATE_TIME" || t == "INSTANT">
${pad}format: date-time
<#elseif t == "DURATION">
${pad}format: duration
<#elseif t == "UUID">
${pad}format: uuid
</#if>
</#if>
</#macro>
openapi: 3.1.0
info:
  title: ${yaml(app.title + " API")}
  version: 0.1.0
  description: ${yaml(model.description!"")}
servers:
  - url: http://localhost:8080
<#if app.secured>
security:
  - bearer: []
</#if>
tags:
<#list entities as e>
  - name: ${e.name.className}
    description: ${yaml(e.name.label + e.entity.documentation?has_content?then(": " + e.entity.documentation, ""))}
</#list>
paths:
<#list entities as e>
  /api/${e.name.pathSegment}:
    get:
      operationId: list${e.name.plural?cap_first}
      summary: List ${e.name.label}<#if e.paginated>, one page at a time<#else> entities, at most 100 a time</#if>
<#if e.readOnly>
      description: ${yaml(e.name.label + " is read-only: the API lists and reads its rows, which come from database migrations; other methods are answered with 405")}
</#if>
      tags: [${e.name.className}]
      parameters:
<#if e.paginated>
        - name: page
          in: query
          description: Zero-based page index
          schema:
            type: integer
            minimum: 0
            default: 0
        - name: size
          in: query
          description: Page size; a larger size is served as 100
          schema:
            type: integer
            minimum: 1
            maximum: 100
            default: 20
        - name: sort
          in: query
          description: 'Sort order: property(,asc|desc); repeatable'
          schema:
            type: array
            items:
              type: string
<#else>
        - name: page
          in: query
          description: Zero-based index of the 100 rows to answer; the Link header names the next page while there is one
          schema:
            type: integer
            minimum: 0
            default: 0
</#if>
<#list e.criteria as c>
<#list c.kind.operators as o>
        - name: ${c.property}.${o}
          in: query
<#if o == "specified">
          description: ${yaml("true: only " + e.name.label + " entities whose " + c.property + " is set; false: only those whose " + c.property + " is not set")}
          schema:
            type: boolean
<#elseif o == "in" || o == "notIn">
          description: ${yaml("Only " + e.name.label + " entities whose " + c.property + (o == "in")?then(" is", " is not") + " one of the values (" + c.expected + "), repeated" + (c.kind.name() == "TEXT")?then("", " or comma-separated"))}
          schema:
            type: array
            items:
<@criterionValue c "              "/>
<#else>
          description: ${yaml("Only " + e.name.label + " entities whose " + c.property + " " + {"equals": "equals", "notEquals": "does not equal", "contains": "contains, ignoring case,", "doesNotContain": "does not contain, ignoring case,", "greaterThan": "is greater than", "lessThan": "is less than", "greaterThanOrEqual": "is at least", "lessThanOrEqual": "is at most"}[o] + " the value (" + c.expected + ")")}
          schema:
<@criterionValue c "            "/>
</#if>
</#list>
</#list>
      responses:
        '200':
          description: <#if e.paginated>One page of ${e.name.label} entities<#else>At most 100 ${e.name.label} entities, by id</#if>
<#if !e.paginated>
          headers:
            Link:
              description: '<URL of the next page>; rel="next" (RFC 8288), present while more rows follow'
              schema:
                type: string
</#if>
          content:
            application/json:
              schema:
<#if e.paginated>
                $ref: '#/components/schemas/${e.name.className}Page'
<#else>
                type: array
                items:
                  $ref: '#/components/schemas/${e.name.className}Response'
</#if>
<@problems ["400"] 8/>
<#if !e.readOnly>
    post:
      operationId: create${e.name.className}
      summary: Create a ${e.name.label}
      tags: [${e.name.className}]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/${e.name.className}Request'
      responses:
        '201':
          description: Created
          headers:
            Location:
              description: URL of the new ${e.name.label}
              schema:
                type: string
                format: uri
<@etag 12/>
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${e.name.className}Response'
<@problems ["400", "409"] 8/>
</#if>
<#if e.searchable>
  /api/${e.name.pathSegment}/_search:
    get:
      operationId: search${e.name.plural?cap_first}
      summary: Search ${e.name.label} entities by their text<#if e.paginated>, one page at a time<#else>, at most 100 a time</#if>
      description: ${yaml("Full-text search (PostgreSQL) over " + e.searchFields?map(f -> f.name.fieldName)?join(", ") + ": the best match first (ts_rank), then by id. The list's sort and criteria parameters are not taken (400)")}
      tags: [${e.name.className}]
      parameters:
        - name: query
          in: query
          required: true
          description: 'Websearch syntax: words that must all occur, "a quoted phrase", or between alternatives, -word for a word that must not occur; blank is answered with 400'
          schema:
            type: string
            minLength: 1
            maxLength: 1000
<#if e.paginated>
        - name: page
          in: query
          description: Zero-based page index
          schema:
            type: integer
            minimum: 0
            default: 0
        - name: size
          in: query
          description: Page size; a larger size is served as 100
          schema:
            type: integer
            minimum: 1
            maximum: 100
            default: 20
<#else>
        - name: page
          in: query
          description: Zero-based index of the 100 matches to answer; the Link header names the next page while there is one
          schema:
            type: integer
            minimum: 0
            default: 0
</#if>
      responses:
        '200':
          description: <#if e.paginated>One page of the matching ${e.name.label} entities, best first<#else>At most 100 matching ${e.name.label} entities, best first</#if>
<#if !e.paginated>
          headers:
            Link:
              description: '<URL of the next page>; rel="next" (RFC 8288), present while more matches follow'
              schema:
                type: string
</#if>
          content:
            application/json:
              schema:
<#if e.paginated>
                $ref: '#/components/schemas/${e.name.className}Page'
<#else>
                type: array
                items:
                  $ref: '#/components/schemas/${e.name.className}Response'
</#if>
<@problems ["400"] 8/>
</#if>
  /api/${e.name.pathSegment}/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: integer
          format: int64
    get:
      operationId: get${e.name.className}
      summary: Read a ${e.name.label}
      tags: [${e.name.className}]
      responses:
        '200':
          description: The ${e.name.label}
          headers:
<@etag 12/>
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${e.name.className}Response'
<@problems ["404"] 8/>
<#if !e.readOnly>
    put:
      operationId: update${e.name.className}
      summary: Replace a ${e.name.label}
      description: Without If-Match the last write wins; with it, only the named version is replaced (else 412)
      tags: [${e.name.className}]
      parameters:
        - name: If-Match
          in: header
          required: false
          description: The ETag read before; '*' matches any version
          schema:
            type: string
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/${e.name.className}Request'
      responses:
        '200':
          description: The replaced ${e.name.label}
          headers:
<@etag 12/>
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${e.name.className}Response'
<@problems ["400", "404", "409", "412"] 8/>
    patch:
      operationId: patch${e.name.className}
      summary: Change some properties of a ${e.name.label}
      description: 'JSON merge patch (RFC 7396): a property present is set, null clears it (400 if it is required), an absent one is kept; the result is validated like a replacement. If-Match as for PUT'
      tags: [${e.name.className}]
      parameters:
        - name: If-Match
          in: header
          required: false
          description: The ETag read before; '*' matches any version
          schema:
            type: string
      requestBody:
        required: true
        content:
          application/merge-patch+json:
            schema:
              $ref: '#/components/schemas/${e.name.className}Patch'
      responses:
        '200':
          description: The changed ${e.name.label}
          headers:
<@etag 12/>
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${e.name.className}Response'
<@problems ["400", "404", "409", "412"] 8/>
    delete:
      operationId: delete${e.name.className}
      summary: Delete a ${e.name.label}
      tags: [${e.name.className}]
      responses:
        '204':
          description: Deleted
<@problems ["404", "409"] 8/>
</#if>
<#list e.blobs as f>
  /api/${e.name.pathSegment}/{id}/${f.name.fieldName}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: integer
          format: int64
    get:
      operationId: download${e.name.className}${f.name.fieldName?cap_first}
      summary: Download the ${f.name.label} of a ${e.name.label}
      tags: [${e.name.className}]
      responses:
        '200':
          description: The bytes with the media type they were uploaded with, as an attachment named after the ${e.name.label}, its id and the field
          headers:
            Content-Disposition:
              schema:
                type: string
            Content-Length:
              schema:
                type: integer
          content:
            ${f.image?then("image/*", "'*/*'")}:
              schema:
                type: string
                format: binary
<@problems ["404"] 8/>
<#if !e.readOnly>
    put:
      operationId: upload${e.name.className}${f.name.fieldName?cap_first}
      summary: Upload the ${f.name.label} of a ${e.name.label}
      description: ${yaml("The raw bytes as the body, their media type as Content-Type" + f.image?then(" (an image/* type, else 415)", " (application/octet-stream when absent)") + ", at most app.blobs.max-size (10 MB unless configured" + (f.field.maxLength??)?then(", and " + (f.field.maxLength!0)?c + " bytes", "") + "; else 413)" + (f.field.minLength??)?then(", at least " + (f.field.minLength!0)?c + " bytes (else 400)", "") + ". Raises the ETag; If-Match as for PUT of the " + e.name.label)}
      tags: [${e.name.className}]
      parameters:
        - name: If-Match
          in: header
          required: false
          description: The ETag read before; '*' matches any version
          schema:
            type: string
      requestBody:
        required: true
        content:
          ${f.image?then("image/*", "'*/*'")}:
            schema:
              type: string
              format: binary
      responses:
        '200':
          description: The ${e.name.label} showing the new ${f.name.label}
          headers:
<@etag 12/>
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${e.name.className}Response'
<@problems ["400", "404", "409", "412", "413", "415"] 8/>
    delete:
      operationId: delete${e.name.className}${f.name.fieldName?cap_first}
      summary: Empty the ${f.name.label} of a ${e.name.label}
<#if f.field.required>
      description: The ${f.name.label} is required, so it is replaced by an upload and never emptied (400)
</#if>
      tags: [${e.name.className}]
      parameters:
        - name: If-Match
          in: header
          required: false
          description: The ETag read before; '*' matches any version
          schema:
            type: string
      responses:
        '200':
          description: The ${e.name.label} without ${f.name.label}
          headers:
<@etag 12/>
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${e.name.className}Response'
<@problems ["400", "404", "409", "412"] 8/>
</#if>
</#list>
</#list>
<#if app.accountEntity??>
  /api/account:
    get:
      operationId: getAccount
      summary: The caller, created on first sight from the bearer token
      tags: [${app.accountEntity.name.className}]
      responses:
        '200':
          description: The caller's account
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Account'
</#if>
components:
<#if app.secured>
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: An access token of the Keycloak realm (keycloak/realm.json); realm roles user and admin
</#if>
  schemas:
<#if app.accountEntity??>
    Account:
      type: object
      required: [id, login, subject, roles]
      properties:
        id:
          type: integer
          format: int64
        login:
          type: string
          description: The token's preferred_username (its subject when it has none)
        subject:
          type: string
          description: The token's sub
        roles:
          type: array
          items:
            type: string
</#if>
<#list enums as en>
    ${en.name.className}:
      type: string
      enum: [<#list en.type.values as v>${v.constant}<#sep>, </#sep></#list>]
</#list>
<#list entities as e>
<#assign requiredFields = e.apiFields?filter(f -> f.field.required)?map(f -> f.name.fieldName) + e.writableReferences?filter(r -> r.required)?map(r -> r.apiProperty)>
<#if !e.readOnly>
    ${e.name.className}Request:
      type: object
      additionalProperties: false
<#if requiredFields?has_content>
      required: [${requiredFields?join(", ")}]
</#if>
<#if e.apiFields?has_content || e.writableReferences?has_content>
      properties:
<#list e.apiFields as f>
        ${f.name.fieldName}:
<@property f f.field.required/>
</#list>
<#list e.writableReferences as r>
        ${r.apiProperty}:
<@reference r/>
</#list>
<#else>
      properties: {}
</#if>
    ${e.name.className}Patch:
      type: object
      additionalProperties: false
<#if e.apiFields?has_content || e.writableReferences?has_content>
      properties:
<#list e.apiFields as f>
        ${f.name.fieldName}:
<@property f false/>
</#list>
<#list e.writableReferences as r>
        ${r.apiProperty}:
<@reference r/>
</#list>
<#else>
      properties: {}
</#if>
</#if>
    ${e.name.className}Response:
      type: object
      required: [id]
      properties:
        id:
          type: integer
          format: int64
<#list e.fields as f>
        ${f.name.fieldName}:
<@property f false/>
</#list>
<#list e.writableReferences as r>
        ${r.member}:
<@shownReference r/>
</#list>
<#if e.paginated>
    ${e.name.className}Page:
      type: object
      required: [content, page, size, totalElements, totalPages]
      properties:
        content:
          type: array
          items:
            $ref: '#/components/schemas/${e.name.className}Response'
        page:
          type: integer
          description: Zero-based index of this page
        size:
          type: integer
        totalElements:
          type: integer
          format: int64
        totalPages:
          type: integer
</#if>
</#list>
<#if app.blobs>
    BlobMetadata:
      type: object
      description: A blob's content as a response shows it; the bytes themselves are at href
      required: [contentType, size, href]
      additionalProperties: false
      properties:
        contentType:
          type: string
          description: The media type it was uploaded with
        size:
          type: integer
          format: int64
          description: Its length in bytes
        href:
          type: string
          format: uri-reference
          description: Where to download, upload or delete it
</#if>
    ProblemDetail:
      type: object
      description: RFC 9457 problem details
      properties:
        type:
          type: string
          format: uri-reference
        title:
          type: string
        status:
          type: integer
        detail:
          type: string
        instance:
          type: string
          format: uri-reference
        errors:
          type: array
          description: The invalid fields of a request
          items:
            type: object
            properties:
              field:
                type: string
              message:
                type: string
