package org.tonle.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns one YAML document into a checked {@link FeedDefinition}; every mistake names file and key. */
final class FeedParser {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    private static final List<String> KINDS = List.of("csv", "xlsx", "xls");

    private final YamlNode root;

    FeedParser(YamlNode root) {
        this.root = root;
    }

    FeedDefinition feed() {
        root.allowOnly("name", "folder", "kinds", "target", "dataSheet", "fields", "rules", "versioning", "controls");
        String name = checkedName(root.get("name"));
        String folder = checkedName(root.get("folder"));
        List<String> kinds = root.get("kinds").texts();
        for (String kind : kinds) {
            if (!KINDS.contains(kind)) {
                throw root.get("kinds").error("unknown file kind '" + kind + "'; allowed: " + KINDS);
            }
        }
        YamlNode targetNode = root.get("target");
        Target target = Target.fromYaml(targetNode.text());
        if (target == null) {
            throw targetNode.error("unknown target '" + targetNode.text() + "'; allowed: deportation, arrest, "
                    + "court_case, published_stat");
        }
        List<FieldDefinition> fields = new ArrayList<>();
        for (YamlNode f : root.get("fields").list()) {
            fields.add(field(f, target));
        }
        if (fields.isEmpty()) {
            throw root.get("fields").error("a feed needs at least one field");
        }
        FeedDefinition draft = new FeedDefinition(name, folder, kinds, target, root.get("dataSheet").textOr(null),
                fields, List.of(), null, null, root.file());
        for (YamlNode f : root.get("fields").list()) {
            // fields named by other fields must exist too, or they would be silently ignored while loading
            for (String key : List.of("notAbove", "issuer")) {
                if (f.get(key).present()) {
                    knownField(f.get(key), draft);
                }
            }
        }
        List<DateRule> rules = new ArrayList<>();
        for (YamlNode r : root.get("rules").list()) {
            rules.add(rule(r, draft));
        }
        return new FeedDefinition(name, folder, kinds, target, draft.dataSheet(), fields, rules,
                versioning(root.get("versioning"), draft), new ControlsParser(root.get("controls"), draft).controls(),
                root.file());
    }

    private static String checkedName(YamlNode node) {
        String value = node.text();
        if (!NAME.matcher(value).matches()) {
            throw node.error("'" + value + "' must be lower-case letters, digits and dashes");
        }
        return value;
    }

    private static FieldDefinition field(YamlNode f, Target target) {
        f.allowOnly("field", "headers", "type", "required", "choices", "notAbove", "issuer");
        String name = f.get("field").text();
        if (!target.hasColumn(name)) {
            throw f.get("field").error("'" + name + "' is not a column of " + target.table());
        }
        FieldType type = FieldType.fromYaml(f.get("type").text());
        if (type == null) {
            throw f.get("type").error("unknown type '" + f.get("type").text() + "'; allowed: "
                    + java.util.Arrays.stream(FieldType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList());
        }
        List<String> headers = f.get("headers").texts();
        if (headers.isEmpty()) {
            throw f.get("headers").error("at least one header text is required");
        }
        Map<String, String> choices = new LinkedHashMap<>();
        f.get("choices").entries().forEach((written, node) ->
                choices.put(FieldDefinition.choiceKey(written), node.text()));
        if (type == FieldType.CHOICE && choices.isEmpty()) {
            throw f.get("choices").error("a choice field needs its choices");
        }
        if (type == FieldType.PASSPORT && !f.get("issuer").present()) {
            throw f.get("issuer").error("a passport field needs the issuer (nationality) field");
        }
        return new FieldDefinition(name, headers, type, f.get("required").flag(false), choices,
                f.get("notAbove").textOr(null), f.get("issuer").textOr(null));
    }

    private static DateRule rule(YamlNode r, FeedDefinition feed) {
        r.allowOnly("rule", "field", "other");
        String kindText = r.get("rule").text().toUpperCase(Locale.ROOT).replace('-', '_');
        DateRule.Kind kind;
        try {
            kind = DateRule.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw r.get("rule").error("unknown rule '" + r.get("rule").text() + "'");
        }
        String field = knownField(r.get("field"), feed);
        String other = kind == DateRule.Kind.NOT_BEFORE || kind == DateRule.Kind.BEFORE
                ? knownField(r.get("other"), feed) : null;
        return new DateRule(kind, field, other);
    }

    static String knownField(YamlNode node, FeedDefinition feed) {
        String name = node.text();
        if (feed.field(name).isEmpty()) {
            throw node.error("'" + name + "' is not a field of this feed");
        }
        return name;
    }

    private static Versioning versioning(YamlNode v, FeedDefinition feed) {
        v.allowOnly("by", "fields", "declaredPeriodCovers");
        Versioning.By by;
        try {
            by = Versioning.By.valueOf(v.get("by").text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw v.get("by").error("expected day, month or key");
        }
        List<String> fields = new ArrayList<>();
        for (YamlNode f : v.get("fields").list()) {
            fields.add(knownField(f, feed));
        }
        if (fields.isEmpty()) {
            throw v.get("fields").error("name the field(s) that identify what a newer file replaces");
        }
        return new Versioning(by, fields, v.get("declaredPeriodCovers").flag(false));
    }
}
