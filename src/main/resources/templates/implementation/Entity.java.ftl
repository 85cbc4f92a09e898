<#import "validation.ftl" as v>
<#assign kinds = e.references?map(r -> r.kind?string)>
package ${e.packageName};

<#list e.fieldImports?filter(i -> !i?starts_with("java.")) as i>
import ${i};
</#list>
<#list e.entityImports as i>
import ${i};
</#list>
<#if v.importable(["jakarta.persistence.Column"])?has_content>
import jakarta.persistence.Column;
</#if>
<#if v.importable(["jakarta.persistence.Entity"])?has_content>
import jakarta.persistence.Entity;
</#if>
<#if e.fields?filter(f -> f.field.type == "ENUM")?has_content>
<#if v.importable(["jakarta.persistence.EnumType"])?has_content>
import jakarta.persistence.EnumType;
</#if>
<#if v.importable(["jakarta.persistence.Enumerated"])?has_content>
import jakarta.persistence.Enumerated;
</#if>
</#if>
<#if kinds?seq_contains("MANY_TO_ONE") || kinds?seq_contains("ONE_TO_ONE") || kinds?seq_contains("ONE_TO_ONE_INVERSE")>
<#if v.importable(["jakarta.persistence.FetchType"])?has_content>
import jakarta.persistence.FetchType;
</#if>
</#if>
<#if v.importable(["jakarta.persistence.GeneratedValue"])?has_content>
import jakarta.persistence.GeneratedValue;
</#if>
<#if v.importable(["jakarta.persistence.GenerationType"])?has_content>
import jakarta.persistence.GenerationType;
</#if>
<#if v.importable(["jakarta.persistence.Id"])?has_content>
import jakarta.persistence.Id;
</#if>
<#if kinds?seq_contains("MANY_TO_ONE") || kinds?seq_contains("ONE_TO_ONE") || kinds?seq_contains("MANY_TO_MANY")>
<#if v.importable(["jakarta.persistence.JoinColumn"])?has_content>
import jakarta.persistence.JoinColumn;
</#if>
</#if>
<#if kinds?seq_contains("MANY_TO_MANY")>
<#if v.importable(["jakarta.persistence.JoinTable"])?has_content>
import jakarta.persistence.JoinTable;
</#if>
</#if>
<#if kinds?seq_contains("MANY_TO_MANY") || kinds?seq_contains("MANY_TO_MANY_INVERSE")>
<#if v.importable(["jakarta.persistence.ManyToMany"])?has_content>
import jakarta.persistence.ManyToMany;
</#if>
</#if>
<#if kinds?seq_contains("MANY_TO_ONE")>
<#if v.importable(["jakarta.persistence.ManyToOne"])?has_content>
import jakarta.persistence.ManyToOne;
</#if>
</#if>
<#if kinds?seq_contains("ONE_TO_MANY")>
<#if v.importable(["jakarta.persistence.OneToMany"])?has_content>
import jakarta.persistence.OneToMany;
</#if>
</#if>
<#if kinds?seq_contains("ONE_TO_ONE") || kinds?seq_contains("ONE_TO_ONE_INVERSE")>
<#if v.importable(["jakarta.persistence.OneToOne"])?has_content>
import jakarta.persistence.OneToOne;
</#if>
</#if>
<#if v.importable(["jakarta.persistence.Table"])?has_content>
import jakarta.persistence.Table;
</#if>
<#if v.importable(["jakarta.persistence.Version"])?has_content>
import jakarta.persistence.Version;
</#if>
<#if kinds?seq_contains("MANY_TO_MANY") && v.importable(["org.hibernate.annotations.BatchSize"])?has_content>
import org.hibernate.annotations.BatchSize;
</#if>
<#if e.fieldImports?filter(i -> i?starts_with("java."))?has_content || e.references?filter(r -> r.collection)?has_content>

</#if>
<#list e.fieldImports?filter(i -> i?starts_with("java.")) as i>
import ${i};
</#list>
<#if e.references?filter(r -> r.collection)?has_content>
import java.util.HashSet;
import java.util.Set;
</#if>

/**
 * ${e.name.label}<#if e.entity.documentation?has_content>: ${javaComment(e.entity.documentation)}</#if>.
 */
@${v.t("jakarta.persistence.Entity")}
@${v.t("jakarta.persistence.Table")}(name = "${e.table}")
public class ${e.name.className} {

    @${v.t("jakarta.persistence.Id")}
    @${v.t("jakarta.persistence.GeneratedValue")}(strategy = ${v.t("jakarta.persistence.GenerationType")}.IDENTITY)
    private Long id;

    // Optimistic locking: raised by every update, shown to clients as the ETag.
    @${v.t("jakarta.persistence.Version")}
    @${v.t("jakarta.persistence.Column")}(name = "version", nullable = false)
    private Long version;
<#list e.fields as f>

<#if f.blob>
    // The bytes of ${f.name.fieldName} stay in column ${f.column}, read and written only by the repository's own
    // queries, so that reading rows never loads them; these columns describe them (null when empty).
    @${v.t("jakarta.persistence.Column")}(name = "${f.contentTypeColumn}")
    private String ${f.name.fieldName}ContentType;

    @${v.t("jakarta.persistence.Column")}(name = "${f.sizeColumn}")
    private Long ${f.name.fieldName}Size;
<#continue>
</#if>
<#if f.field.type == "ENUM">
    @${v.t("jakarta.persistence.Enumerated")}(${v.t("jakarta.persistence.EnumType")}.STRING)
</#if>
    @${v.t("jakarta.persistence.Column")}(name = "${f.column}"<#if f.field.required>, nullable = false</#if><#if f.field.unique>, unique = true</#if><#if f.field.type == "STRING">, length = ${(f.field.maxLength!255)?c}</#if>)
    private ${f.javaType} ${f.name.fieldName};
</#list>
<#list e.references as r>

<#switch r.kind?string>
<#case "MANY_TO_ONE">
    @${v.t("jakarta.persistence.ManyToOne")}(fetch = ${v.t("jakarta.persistence.FetchType")}.LAZY<#if r.required>, optional = false</#if>)
    @${v.t("jakarta.persistence.JoinColumn")}(name = "${r.column}")
    private ${r.target.name.className} ${r.member};
<#break>
<#case "ONE_TO_ONE">
    @${v.t("jakarta.persistence.OneToOne")}(fetch = ${v.t("jakarta.persistence.FetchType")}.LAZY<#if r.required>, optional = false</#if>)
    @${v.t("jakarta.persistence.JoinColumn")}(name = "${r.column}", unique = true)
    private ${r.target.name.className} ${r.member};
<#break>
<#case "ONE_TO_ONE_INVERSE">
    @${v.t("jakarta.persistence.OneToOne")}(mappedBy = "${r.mappedBy}", fetch = ${v.t("jakarta.persistence.FetchType")}.LAZY)
    private ${r.target.name.className} ${r.member};
<#break>
<#case "ONE_TO_MANY">
    @${v.t("jakarta.persistence.OneToMany")}(mappedBy = "${r.mappedBy}")
    private Set<${r.target.name.className}> ${r.member} = new HashSet<>();
<#break>
<#case "MANY_TO_MANY">
    // Shown in responses: loaded for up to a page of rows (the maximum page size) in one query.
    @${v.t("org.hibernate.annotations.BatchSize")}(size = 100)
    @${v.t("jakarta.persistence.ManyToMany")}
    @${v.t("jakarta.persistence.JoinTable")}(name = "${r.joinTable.name}",
            joinColumns = @${v.t("jakarta.persistence.JoinColumn")}(name = "${r.joinTable.ownerColumn}"),
            inverseJoinColumns = @${v.t("jakarta.persistence.JoinColumn")}(name = "${r.joinTable.targetColumn}"))
    private Set<${r.target.name.className}> ${r.member} = new HashSet<>();
<#break>
<#case "MANY_TO_MANY_INVERSE">
    @${v.t("jakarta.persistence.ManyToMany")}(mappedBy = "${r.mappedBy}")
    private Set<${r.target.name.className}> ${r.member} = new HashSet<>();
<#break>
</#switch>
</#list>

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }
<#list e.fields as f>
<#if f.blob>

    public String get${f.name.fieldName?cap_first}ContentType() {
        return ${f.name.fieldName}ContentType;
    }

    public Long get${f.name.fieldName?cap_first}Size() {
        return ${f.name.fieldName}Size;
    }
<#continue>
</#if>

    public ${f.javaType} get${f.name.fieldName?cap_first}() {
        return ${f.name.fieldName};
    }

    public void set${f.name.fieldName?cap_first}(${f.javaType} ${f.name.fieldName}) {
        this.${f.name.fieldName} = ${f.name.fieldName};
    }
</#list>
<#list e.references as r>
<#if r.collection>

    public Set<${r.target.name.className}> get${r.member?cap_first}() {
        return ${r.member};
    }
<#else>

    public ${r.target.name.className} get${r.member?cap_first}() {
        return ${r.member};
    }

    public void set${r.member?cap_first}(${r.target.name.className} ${r.member}) {
        this.${r.member} = ${r.member};
    }
</#if>
</#list>

    // Identity is the database id: a new, unsaved instance equals only itself, and the hash code does not
    // change when the id is assigned, so instances stay findable in hash-based collections. The other side
    // is read through getId() and the hash code does not use getClass(): either may be a lazy Hibernate proxy.
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ${e.name.className} that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return ${e.name.className}.class.hashCode();
    }
}
