package org.tonle.feed;

import java.util.List;
import java.util.Optional;

/**
 * One feed, as its YAML file in jobs/ describes it: everything the generic job needs to read,
 * normalise, stage, version and check its files.
 */
public record FeedDefinition(String name, String folder, List<String> kinds, Target target, String dataSheet,
                             List<FieldDefinition> fields, List<DateRule> rules, Versioning versioning,
                             ControlTotals controls, String sourceFile) {

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Field name → its accepted header texts, in the definition's order. */
    public java.util.Map<String, List<String>> headersByField() {
        java.util.Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        fields.forEach(f -> headers.put(f.name(), f.headers()));
        return headers;
    }

    public java.util.Set<String> requiredFields() {
        return fields.stream().filter(FieldDefinition::required).map(FieldDefinition::name)
                .collect(java.util.stream.Collectors.toSet());
    }
}
