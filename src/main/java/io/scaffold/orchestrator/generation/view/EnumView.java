package io.scaffold.orchestrator.generation.view;

import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Name;

import java.nio.charset.StandardCharsets;

/** An enumeration with its Java package. */
public final class EnumView {

    private final EnumType type;

    private final String packageName;

    EnumView(EnumType type, String packageName) {
        this.type = type;
        this.packageName = packageName;
    }

    public EnumType getType() {
        return type;
    }

    public Name getName() {
        return type.name();
    }

    public String getPackageName() {
        return packageName;
    }

    public String getQualifiedClass() {
        return packageName + "." + type.name().className();
    }

    public int getMaxLength() {
        return type.values()
            .stream()
            .mapToInt(v -> v.constant().getBytes(StandardCharsets.UTF_8).length)
            .max()
            .orElse(1);
    }

}
