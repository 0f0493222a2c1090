package org.tonle.normalise;

import java.util.HashMap;
import java.util.Map;

/** Month names as the feeds write them: English (full or abbreviated) and Khmer (Gregorian, CLDR km). */
final class DateWords {

    /** Khmer Gregorian month names, January to December. */
    static final String[] KHMER_MONTHS = {
        "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា",
        "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"
    };

    private static final String[] ENGLISH_MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };

    /*
     * The words around a formal Khmer date: ថ្ងៃទី "day", ខែ "month", ឆ្នាំ "year", as in
     * ថ្ងៃទី២៣ ខែមករា ឆ្នាំ២០២៦. None of them occurs inside a month name, so they can simply be
     * dropped. Lunar month names (មាឃ, ...) are deliberately absent: those dates are not Gregorian.
     */
    static final String[] KHMER_FILLERS = {"ថ្ងៃទី", "ខែ", "ឆ្នាំ"};

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (int i = 0; i < 12; i++) {
            MONTHS.put(ENGLISH_MONTHS[i], i + 1);
            MONTHS.put(ENGLISH_MONTHS[i].substring(0, 3), i + 1);
            MONTHS.put(KHMER_MONTHS[i], i + 1);
        }
        // "Sept" is the one four-letter abbreviation in common use; it names only September.
        MONTHS.put("sept", 9);
    }

    private DateWords() {
    }

    /** 1–12, or 0 when the word (lower case, folded) is not a month name. */
    static int month(String word) {
        Integer month = MONTHS.get(word);
        return month == null ? 0 : month;
    }
}
