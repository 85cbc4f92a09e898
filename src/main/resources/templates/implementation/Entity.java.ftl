<#assign kinds = e.references?map(r -> r.kind?string)>
package ${e.packageName};

<#list e.fieldImports?filter(i -> !i?starts_with("java.")) as i>
import ${i};
</#list>
<#list e.entityImports as i>
import ${i};
</#list>
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
<#if e.fields?filter(f -> f.field.type == "ENUM")?has_content>
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
</#if>
<#if kinds?seq_contains("MANY_TO_ONE") || kinds?seq_contains("ONE_TO_ONE") || kinds?seq_contains("ONE_TO_ONE_INVERSE")>
import jakarta.persistence.FetchType;
</#if>
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
<#if kinds?seq_contains("MANY_TO_ONE") || kinds?seq_contains("ONE_TO_ONE") || kinds?seq_contains("MANY_TO_MANY")>
import jakarta.persistence.JoinColumn;
</#if>
<#if kinds?seq_contains("MANY_TO_MANY")>
import jakarta.persistence.JoinTable;
</#if>
<#if kinds?seq_contains("MANY_TO_MANY") || kinds?seq_contains("MANY_TO_MANY_INVERSE")>
import jakarta.persistence.ManyToMany;
</#if>
<#if kinds?seq_contains("MANY_TO_ONE")>
import jakarta.persistence.ManyToOne;
</#if>
<#if kinds?seq_contains("ONE_TO_MANY")>
import jakarta.persistence.OneToMany;
</#if>
<#if kinds?seq_contains("ONE_TO_ONE") || kinds?seq_contains("ONE_TO_ONE_INVERSE")>
import jakarta.persistence.OneToOne;
</#if>
import jakarta.persistence.Table;
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
 * ${e.name.label}<#if e.entity.documentation?has_content>: ${e.entity.documentation}</#if>.
 */
@Entity
@Table(name = "${e.table}")
public class ${e.name.className} {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
<#list e.fields as f>

<#if f.field.type == "ENUM">
    @Enumerated(EnumType.STRING)
</#if>
    @Column(name = "${f.column}"<#if f.field.required>, nullable = false</#if><#if f.field.unique>, unique = true</#if><#if f.field.type == "STRING">, length = ${(f.field.maxLength!255)?c}</#if>)
    private ${f.javaType} ${f.name.fieldName};
</#list>
<#list e.references as r>

<#switch r.kind?string>
<#case "MANY_TO_ONE">
    @ManyToOne(fetch = FetchType.LAZY<#if r.required>, optional = false</#if>)
    @JoinColumn(name = "${r.column}")
    private ${r.target.name.className} ${r.field.fieldName};
<#break>
<#case "ONE_TO_ONE">
    @OneToOne(fetch = FetchType.LAZY<#if r.required>, optional = false</#if>)
    @JoinColumn(name = "${r.column}", unique = true)
    private ${r.target.name.className} ${r.field.fieldName};
<#break>
<#case "ONE_TO_ONE_INVERSE">
    @OneToOne(mappedBy = "${r.mappedBy}", fetch = FetchType.LAZY)
    private ${r.target.name.className} ${r.field.fieldName};
<#break>
<#case "ONE_TO_MANY">
    @OneToMany(mappedBy = "${r.mappedBy}")
    private Set<${r.target.name.className}> ${r.field.fieldName} = new HashSet<>();
<#break>
<#case "MANY_TO_MANY">
    @ManyToMany
    @JoinTable(name = "${r.joinTable.name}",
            joinColumns = @JoinColumn(name = "${r.joinTable.ownerColumn}"),
            inverseJoinColumns = @JoinColumn(name = "${r.joinTable.targetColumn}"))
    private Set<${r.target.name.className}> ${r.field.fieldName} = new HashSet<>();
<#break>
<#case "MANY_TO_MANY_INVERSE">
    @ManyToMany(mappedBy = "${r.mappedBy}")
    private Set<${r.target.name.className}> ${r.field.fieldName} = new HashSet<>();
<#break>
</#switch>
</#list>

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
<#list e.fields as f>

    public ${f.javaType} get${f.name.fieldName?cap_first}() {
        return ${f.name.fieldName};
    }

    public void set${f.name.fieldName?cap_first}(${f.javaType} ${f.name.fieldName}) {
        this.${f.name.fieldName} = ${f.name.fieldName};
    }
</#list>
<#list e.references as r>
<#if r.collection>

    public Set<${r.target.name.className}> get${r.field.fieldName?cap_first}() {
        return ${r.field.fieldName};
    }
<#else>

    public ${r.target.name.className} get${r.field.fieldName?cap_first}() {
        return ${r.field.fieldName};
    }

    public void set${r.field.fieldName?cap_first}(${r.target.name.className} ${r.field.fieldName}) {
        this.${r.field.fieldName} = ${r.field.fieldName};
    }
</#if>
</#list>

    // Identity is the database id: a new, unsaved instance equals only itself, and the hash code does not
    // change when the id is assigned, so instances stay findable in hash-based collections.
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ${e.name.className} that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
