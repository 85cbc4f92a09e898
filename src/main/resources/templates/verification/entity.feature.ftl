Feature: Manage ${e.name.plural} through the API
  As a client of ${app.title}
<#if e.readOnly>
  I want to list and read ${e.name.label}s at /api/${e.name.pathSegment}, a read-only resource whose rows come from migrations
<#else>
  I want to create, read, update, list and delete ${e.name.label}s at /api/${e.name.pathSegment}
</#if>
  So that the ${e.name.label} data stays consistent with the domain rules
<#if e.readOnly>

  Scenario: Writing ${a(e.name.label)} is refused
    Given an existing ${e.name.label}
    When I delete it
    Then the response status is 405
    And the body is problem details
<#else>

  Scenario: Create ${a(e.name.label)}
    Given a valid ${e.name.label} request
    When I create it
    Then the response status is 201
    And the Location header points to the new ${e.name.label}
    And reading it back returns the values I sent

  Scenario: Update ${a(e.name.label)}
    Given an existing ${e.name.label}
    And a valid ${e.name.label} request
    When I update it
    Then the response status is 200
    And reading it back returns the values I sent
</#if>

  Scenario: List ${e.name.plural}
    Given an existing ${e.name.label}
    When I list every ${e.name.label}
    Then the response status is 200
<#if e.paginated>
    And the response is a page with content, page, size, totalElements and totalPages
</#if>
    And the list contains the existing ${e.name.label}
<#if !e.readOnly>

  Scenario: Delete ${a(e.name.label)}
    Given an existing ${e.name.label}
    When I delete it
    Then the response status is 204
    And reading it again answers 404 with problem details
</#if>

  Scenario: Read ${a(e.name.label)} that does not exist
    When I read ${a(e.name.label)} that does not exist
    Then the response status is 404
    And the body is problem details
<#if !e.readOnly>
<#list e.apiFields?filter(f -> f.field.required) as f>

  Scenario: Reject ${a(e.name.label)} without ${f.name.label}
    Given a valid ${e.name.label} request without ${f.name.fieldName}
    When I create it
    Then the response status is 400
    And the problem details name the field "${f.name.fieldName}"
</#list>
<#list e.apiFields?filter(f -> f.field.unique) as f>

  Scenario: Reject a duplicate ${f.name.label}
    Given an existing ${e.name.label}
    And a valid ${e.name.label} request with the same ${f.name.fieldName} as the existing one
    When I create it
    Then the response status is 409
    And the body is problem details
</#list>
<#list e.writableReferences?filter(r -> r.required) as r>

  Scenario: Reject ${a(e.name.label)} that refers to a missing ${r.target.name.label}
    Given a valid ${e.name.label} request whose ${r.apiProperty} does not exist
    When I create it
    Then the response status is 400
    And the problem details name the field "${r.apiProperty}"
</#list>
</#if>
