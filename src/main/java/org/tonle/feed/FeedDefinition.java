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

    public List<FieldDefinition> storedFields() {
        return fields.stream().filter(FieldDefinition::stored).toList();
    }
}
