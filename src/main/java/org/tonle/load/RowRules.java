package org.tonle.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tonle.feed.DateRule;

/** The feed's rules between dates: each broken rule is one held-back reason that names it. */
final class RowRules {

    private final LoadContext load;
    private final LocalDate today;

    RowRules(LoadContext load, LocalDate today) {
        this.load = load;
        this.today = today;
    }

    List<String> check(Map<String, Object> values) {
        List<DateRule> rules = load.feed().rules();
        if (rules.isEmpty()) {
            return List.of();
        }
        List<String> broken = new ArrayList<>();
        for (int i = 0, n = rules.size(); i < n; i++) {   // every row: no iterator
            DateRule rule = rules.get(i);
            Object value = values.get(rule.field());
            if (value instanceof Integer year) {
                yearRule(rule, year, rule.other() == null ? null : values.get(rule.other())).ifPresent(broken::add);
                continue;
            }
            if (!(value instanceof LocalDate date)) {
                continue;
            }
            Object other = rule.other() == null ? null : values.get(rule.other());
            boolean ok = switch (rule.kind()) {
                case NOT_FUTURE -> !date.isAfter(today);
                case NOT_BEFORE -> !(other instanceof LocalDate o) || !date.isBefore(o);
                case BEFORE -> !(other instanceof LocalDate o) || date.isBefore(o);
                case IN_DECLARED_PERIOD -> load.declaredFrom() == null
                        || (!date.isBefore(load.declaredFrom()) && !date.isAfter(load.declaredTo()));
            };
            if (!ok) {
                broken.add(explain(rule, date, other));
            }
        }
        return broken;
    }

    /**
     * A birth date is kept as its year only, so its rules are judged by year: a year after today's, or
     * after the other date's year, breaks them; the same year cannot be judged and passes.
     */
    private java.util.Optional<String> yearRule(DateRule rule, int year, Object other) {
        boolean broken = switch (rule.kind()) {
            case NOT_FUTURE -> year > today.getYear();
            case BEFORE, NOT_BEFORE -> other instanceof LocalDate o && year > o.getYear();
            case IN_DECLARED_PERIOD -> false;
        };
        return broken ? java.util.Optional.of("rule '" + rule.describe() + "': year " + year
                + (rule.kind() == DateRule.Kind.NOT_FUTURE ? " is after " + today.getYear() : " vs " + other))
                : java.util.Optional.empty();
    }

    private String explain(DateRule rule, LocalDate date, Object other) {
        return switch (rule.kind()) {
            case NOT_FUTURE -> "rule '" + rule.describe() + "': " + date + " is after today (" + today + ")";
            case NOT_BEFORE, BEFORE -> "rule '" + rule.describe() + "': " + date + " vs " + other;
            case IN_DECLARED_PERIOD -> "rule '" + rule.describe() + "': " + date + " is outside "
                    + load.declaredFrom() + " – " + load.declaredTo();
        };
    }
}
