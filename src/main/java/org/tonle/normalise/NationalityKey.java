package org.tonle.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching key of a nationality as written: the same key for every spelling that differs only
 * in case, width, accents, tone marks, punctuation, spacing or invisible characters.
 *
 * <p>Kept apart from TextFolding on purpose: stored text keeps its accents, matching keys must not.
 */
final class NationalityKey {

    /** "national of", written before the country in Khmer documents (ជនជាតិវៀតណាម). */
    static final String KHMER_NATIONAL_OF = "ជនជាតិ";

    private static final List<String> ENGLISH_SUFFIXES =
            List.of(" nationals", " national", " citizens", " citizen");

    /**
     * "national of" / "nationality" / "person of" words tried only when the whole key is unknown,
     * because some of them end real country names (스페인 = Spain ends in 인 = "person").
     */
    private static final List<String> PREFIXES = List.of(
            "សញ្ជាតិ", "ប្រទេស", "ชาว", "สัญชาติ", "ประเทศ", "ຊາວ", "ສັນຊາດ", "ປະເທດ", "quoc tich ", "nguoi ",
            "nuoc ", "warga negara ", "warganegara ", "kewarganegaraan ", "negara ", "国籍", "國籍");
    private static final List<String> SUFFIXES =
            List.of("人", "籍", "사람", "인", "လူမျိုး", "နိုင်ငံ", " people");

    private static final Pattern LATIN = Pattern.compile("[a-z0-9 ]+");
    private static final Pattern LETTER_CODE = Pattern.compile("[a-z]{1,3}");
    private static final Pattern LATIN_LETTER = Pattern.compile("[a-z]");

    private NationalityKey() {
    }

    /** The key, possibly empty; never null. */
    static String of(String raw) {
        if (raw == null) {
            return "";
        }
        String text = isAscii(raw) ? raw.toLowerCase(Locale.ROOT)
                : Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isLatinWithDiacritic(cp)) {
                // only Latin letters lose their marks: decomposing Hangul or kana would change them
                Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .codePoints().forEach(part -> append(sb, part));
            } else {
                append(sb, cp);
            }
            i += Character.charCount(cp);
        }
        String key = collapseSpaces(sb);
        if (!hasLatinLetter(key)) {
            // Khmer, Thai, Lao, Burmese, Chinese and Japanese do not separate words with spaces,
            // so a space typed inside a name is noise
            key = key.replace(" ", "");
        }
        key = joinSpelledLetters(key);
        key = stripPrefix(key, KHMER_NATIONAL_OF);
        // "The Philippines", "the Gambia": no name in the tables needs its article
        key = stripPrefix(key, "the ");
        for (String suffix : ENGLISH_SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                key = key.substring(0, key.length() - suffix.length());
                break;
            }
        }
        return key;
    }

    /** The key without a "national of" word, for a second look-up when the key itself is unknown. */
    static List<String> withoutNationalityWords(String key) {
        List<String> out = new ArrayList<>(2);
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                out.add(key.substring(prefix.length()).strip());
            }
        }
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                out.add(key.substring(0, key.length() - suffix.length()).strip());
            }
        }
        return out;
    }

    /** Only a-z, digits and spaces: the keys that may be compared by edit distance. */
    static boolean isLatin(String key) {
        return LATIN.matcher(key).matches();
    }

    /** One to three Latin letters: a possible alpha-2/alpha-3 code, or ICAO's one-letter D. */
    static boolean looksLikeLetterCode(String key) {
        return LETTER_CODE.matcher(key).matches();
    }

    /** One to three digits of any script, as an ISO numeric code ("50" and "050" are both Bangladesh). */
    static String numericCode(String key) {
        if (key.isEmpty() || key.length() > 3) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < key.length(); i++) {
            int digit = Character.digit(key.charAt(i), 10);
            if (digit < 0) {
                return null;
            }
            value = value * 10 + digit;
        }
        return value < 10 ? "00" + value : value < 100 ? "0" + value : Integer.toString(value);
    }

    private static void append(StringBuilder sb, int cp) {
        if (cp >= 0x200B && cp <= 0x200D || cp == 0xFEFF || cp == 0x2060 || cp == 0x00AD) {
            return;
        }
        if (isLatinCombiningMark(cp) || cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC'
                || cp == '`' || cp == '\u00B4') {
            return;
        }
        switch (cp) {
            case 'đ' -> sb.append('d');
            case 'ø' -> sb.append('o');
            case 'ł' -> sb.append('l');
            case 'ı' -> sb.append('i');
            case 'ß' -> sb.append("ss");
            case 'æ' -> sb.append("ae");
            case 'œ' -> sb.append("oe");
            default -> {
                if (cp < 0x80) {
                    sb.append(cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' ? (char) cp : ' ');
                    return;
                }
                int type = Character.getType(cp);
                boolean keep = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
                if (keep) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(' ');
                }
            }
        }
    }

    /**
     * Accents and Vietnamese tones only. The vowel signs of Khmer, Thai, Lao and Burmese are
     * combining marks too, but they are letters of the word, so whole Unicode categories must not go.
     */
    private static boolean isLatinCombiningMark(int cp) {
        return cp >= 0x0300 && cp <= 0x036F || cp >= 0x1AB0 && cp <= 0x1AFF || cp >= 0x1DC0 && cp <= 0x1DFF
                || cp >= 0x20D0 && cp <= 0x20FF || cp >= 0xFE20 && cp <= 0xFE2F;
    }

    private static boolean hasLatinLetter(String key) {
        return LATIN_LETTER.matcher(key).find();
    }

    /** Latin-1 Supplement to Latin Extended-B, IPA and Latin Extended Additional (Vietnamese). */
    private static boolean isLatinWithDiacritic(int cp) {
        return cp >= 0x00C0 && cp <= 0x02AF || cp >= 0x1E00 && cp <= 0x1EFF;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static String collapseSpaces(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(c);
            }
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString();
    }

    /** "U.S.A." and "U K" are spelled-out codes. */
    private static String joinSpelledLetters(String key) {
        if (key.length() < 3 || key.indexOf(' ') < 0) {
            return key;
        }
        String[] parts = key.split(" ");
        for (String part : parts) {
            if (part.length() != 1) {
                return key;
            }
        }
        return String.join("", parts);
    }

    private static String stripPrefix(String key, String prefix) {
        return key.startsWith(prefix) && key.length() > prefix.length() ? key.substring(prefix.length()).strip() : key;
    }
}
