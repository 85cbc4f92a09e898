<#macro value f><#local t = f.field.type?string><#t>
<#if t == "STRING" || t == "TEXT">TestValues.text(n, <#if f.field.minLength??>${f.field.minLength?c}<#else>null</#if>, <#if f.field.maxLength??>${f.field.maxLength?c}<#elseif t == "STRING">255<#else>null</#if>, <#if f.field.pattern??>"${javaString(f.field.pattern)}"<#else>null</#if>)<#t>
<#elseif t == "INTEGER"><@number f/>.intValue()<#t>
<#elseif t == "LONG"><@number f/>.longValue()<#t>
<#elseif t == "FLOAT"><@number f/>.floatValue()<#t>
<#elseif t == "DOUBLE"><@number f/>.doubleValue()<#t>
<#elseif t == "BIG_DECIMAL"><@number f/><#t>
<#elseif t == "BOOLEAN">n % 2 == 0<#t>
<#elseif t == "LOCAL_DATE">LocalDate.of(2024, 1, 1).plusDays(n)<#t>
<#elseif t == "LOCAL_TIME">LocalTime.of(8, 0).plusMinutes(n)<#t>
<#elseif t == "ZONED_DATE_TIME">ZonedDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n)<#t>
<#elseif t == "INSTANT">Instant.parse("2024-01-01T08:00:00Z").plusSeconds(n)<#t>
<#elseif t == "DURATION">Duration.ofMinutes(n)<#t>
<#elseif t == "UUID">new UUID(0, n)<#t>
<#elseif t == "ENUM">${f.javaType}.values()[n % ${f.javaType}.values().length]<#t>
</#if><#t>
</#macro>
<#macro number f>TestValues.number(n, <#if f.field.min??>"${f.field.min?c}"<#else>null</#if>, <#if f.field.max??>"${f.field.max?c}"<#else>null</#if>)</#macro>
<#assign types = []>
<#-- Repositories TestData inserts rows through: read-only entities and the targets of their required references. -->
<#assign rowRepositories = []>
<#list entities?filter(x -> x.readOnly) as ro><#assign rowRepositories = rowRepositories + [ro.name.className]><#list ro.writableReferences?filter(r -> !r.collection && r.required) as r><#assign rowRepositories = rowRepositories + [r.target.name.className]></#list></#list>
<#list entities as e><#list e.fields as f><#assign types = types + [f.field.type?string]></#list></#list>
package ${app.basePackage};

<#list enums as en>
import ${en.qualifiedClass};
</#list>
<#list entities as e>
<#if e.readOnly>
import ${e.packageName}.${e.name.className};
<#else>
import ${e.packageName}.${e.name.className}Request;
</#if>
<#if rowRepositories?seq_contains(e.name.className)>
import ${e.packageName}.${e.name.className}Repository;
</#if>
<#if !e.readOnly>
import ${e.packageName}.${e.name.className}Service;
</#if>
</#list>
import org.springframework.beans.factory.annotation.Autowired;

<#if types?seq_contains("DURATION")>
import java.time.Duration;
</#if>
<#if types?seq_contains("INSTANT")>
import java.time.Instant;
</#if>
<#if types?seq_contains("LOCAL_DATE")>
import java.time.LocalDate;
</#if>
<#if types?seq_contains("LOCAL_TIME")>
import java.time.LocalTime;
</#if>
<#if types?seq_contains("ZONED_DATE_TIME")>
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
</#if>
import java.util.Set;
<#if types?seq_contains("UUID")>
import java.util.UUID;
</#if>
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid requests for every entity, and entities created through their services when a test needs one
 * (e.g. as the target of a required reference). Values differ per call so that unique columns hold.
 * A read-only entity has no API to write through: its rows are inserted through its repository.
 */
public class TestData {

    private final AtomicInteger sequence = new AtomicInteger();
<#list entities as e>

<#if rowRepositories?seq_contains(e.name.className)>
    @Autowired
    private ${e.name.className}Repository ${e.name.fieldName}Repository;
</#if>
<#if !e.readOnly>
<#if rowRepositories?seq_contains(e.name.className)>

</#if>
    @Autowired
    private ${e.name.className}Service ${e.name.fieldName}Service;
</#if>
</#list>
<#list entities as e>
<#if e.readOnly>

    public Long create${e.name.className}() {
        int n = sequence.incrementAndGet();
        ${e.name.className} row = new ${e.name.className}();
<#list e.apiFields as f>
        row.set${f.name.fieldName?cap_first}(<@value f/>);
</#list>
<#list e.writableReferences?filter(r -> !r.collection && r.required) as r>
        row.set${r.member?cap_first}(${r.target.name.fieldName}Repository.findById(create${r.target.name.className}()).orElseThrow());
</#list>
        return ${e.name.fieldName}Repository.saveAndFlush(row).getId();
    }
<#else>

    public ${e.name.className}Request ${e.name.fieldName}Request() {
        int n = sequence.incrementAndGet();
        return new ${e.name.className}Request(
<#list e.apiFields as f>
                <@value f/><#sep>,</#sep>
</#list><#if e.apiFields?has_content && e.writableReferences?has_content>,
</#if>
<#list e.writableReferences as r>
                <#if r.collection>Set.of()<#elseif r.required>create${r.target.name.className}()<#else>null</#if><#sep>,</#sep>
</#list>);
    }

    public Long create${e.name.className}() {
        return ${e.name.fieldName}Service.create(${e.name.fieldName}Request()).body().id();
    }
</#if>
<#list e.blobs as f>

    /** Content to upload as a ${javaComment(e.name.label)}'s ${javaComment(f.name.label)}, different per call. */
    public byte[] ${e.name.fieldName}${f.name.fieldName?cap_first}() {
        return TestValues.bytes(sequence.incrementAndGet(), <#if f.field.minLength??>${f.field.minLength?c}<#else>null</#if>, <#if f.field.maxLength??>${f.field.maxLength?c}<#else>null</#if>);
    }
</#list>
</#list>
}
