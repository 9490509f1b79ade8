package no.samskap.organisasjon.persistence;

import java.util.Locale;

/** Free-text search helpers for SQL {@code like}. */
final class Sok {

    private Sok() {}

    /** A lower-case {@code %text%} pattern with like's wildcards escaped (escape character backslash). */
    static String likeMonster(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
