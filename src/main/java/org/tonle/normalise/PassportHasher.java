package org.tonle.normalise;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passport numbers are kept only as HMAC-SHA-256 over issuing nationality + folded number, so that
 * one person can be linked across files without the number being stored. An unkeyed hash of a short
 * identifier could be brute-forced; the key lives outside the database and the repository.
 */
public final class PassportHasher {

    private static final Set<String> NONE = Set.of("", "NA", "N/A", "-", "--", "NONE", "NIL", "0");
    private final SecretKeySpec key;

    public PassportHasher(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the passport key must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The folded number: upper case, Latin digits, no spaces or dashes; null when there is none. */
    public static String fold(String raw) {
        String text = TextFolding.latinDigits(TextFolding.fold(raw));
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (NONE.contains(upper.replace(" ", ""))) {
            return null;
        }
        return upper.replaceAll("[\\s\\-./]", "");
    }

    public String hash(String issuerIso3, String foldedNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((issuerIso3 + ":" + foldedNumber).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
