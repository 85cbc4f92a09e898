package ${en.packageName};

/** ${en.name.label}<#if en.type.documentation?has_content>: ${javaComment(en.type.documentation)}</#if>. */
public enum ${en.name.className} {
<#list en.type.values as v>
    ${v.constant}("${javaString(v.label)}")<#sep>,</#sep><#if !v?has_next>;</#if>
</#list>

    private final String label;

    ${en.name.className}(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
