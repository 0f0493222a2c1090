package org.tonle.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Picks the separator from the header line (the first non-blank line): the most frequent of
 * comma, semicolon and tab outside quotes; a tie (including none at all) means comma. Only the
 * header is used because data rows carry free text (remarks) full of commas.
 */
final class CsvSniffer {
    /** A header longer than this is not a header; we judge by what we have seen so far. */
    private static final int MAX_HEADER_CHARS = 1 << 20;

    private CsvSniffer() {
    }

    static char separator(Reader reader) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0, c; i < MAX_HEADER_CHARS && (c = reader.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (quoted) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    break;
                }
                commas = semicolons = tabs = 0;
            } else if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            } else if (c == '\t') {
                tabs++;
            } else if (!Character.isWhitespace(c) && c != '\uFEFF') {
                content = true;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return semicolons > tabs ? ';' : ',';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }
}
