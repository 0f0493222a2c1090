package org.tonle.feed;

import java.util.List;
import java.util.Map;

/**
 * One column of a feed.
 *
 * @param name      the warehouse column it fills (checked against the feed's {@link Target})
 * @param headers   the English header texts that identify it, compared folded
 * @param choices   for CHOICE: folded written form → stored value
 * @param notAbove  for WHOLE_NUMBER: the field whose value this one may not exceed
 * @param issuer    for PASSPORT: the nationality field of the issuing state
 */
public record FieldDefinition(String name, List<String> headers, FieldType type, boolean required,
                              Map<String, String> choices, String notAbove, String issuer) {
}
