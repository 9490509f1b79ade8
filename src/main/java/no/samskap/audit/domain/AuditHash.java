package no.samskap.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SHA-256 over an entry's content and the previous entry's hash. Every field is written with its length first, so
 * no two different entries give the same input (moving text between fields changes the hash).
 */
public final class AuditHash {

    private AuditHash() {}

    /** The hash of the entry; the entry's own {@code hash} field is not part of it. */
    public static String beregn(AuditEntry e) {
        var input = new StringBuilder();
        felt(input, e.id().toString());
        felt(input, Long.toString(e.sekvens()));
        felt(input, e.tidspunktTekst());
        felt(input, e.utfortAv());
        felt(input, e.rolle());
        felt(input, e.handling());
        felt(input, e.ressursType());
        felt(input, e.ressursId());
        felt(input, e.personRef());
        felt(input, e.forrigeHash());
        if (e.formaal() != null) {
            // entries written before the purpose was recorded hash as they did then
            felt(input, e.formaal());
        }
        if (e.personerHash() != null) {
            // only entries about many persons carry these, so all others hash as they did before
            felt(input, String.valueOf(e.antallPersoner()));
            felt(input, e.personerHash());
        }
        return HexFormat.of().formatHex(sha256(input.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The hash of a set of person references: SHA-256 over them in {@link #sortert} order, each with its length first.
     * It does not depend on the order they are given in or on duplicates.
     */
    public static String personer(List<String> personRefs) {
        var input = new StringBuilder(personRefs.size() * 16);
        for (String ref : sortert(personRefs)) { // sorting a sorted list again is one pass
            felt(input, ref);
        }
        return HexFormat.of().formatHex(sha256(input.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The number of groups the persons of an entry about many persons are stored in. */
    public static final int GRUPPER = 256;

    /**
     * The group a person reference is stored and looked up in: the first byte of the MD5 of its UTF-8 bytes (0–255),
     * the same as SQL's {@code get_byte(decode(md5(ref), 'hex'), 0)}. Spreads references evenly whatever their form.
     */
    public static int gruppe(String personRef) {
        return gruppe(personRef, md5());
    }

    /** {@link #gruppe(String)} with a digest the caller reuses (one per thread). */
    public static int gruppe(String personRef, MessageDigest md5) {
        return md5.digest(personRef.getBytes(StandardCharsets.UTF_8))[0] & 0xFF;
    }

    /** The references by their {@link #gruppe}, in the order given. */
    public static java.util.SortedMap<Integer, List<String>> iGrupper(List<String> personRefs) {
        var grupper = new java.util.TreeMap<Integer, List<String>>();
        var md5 = md5();
        for (String ref : personRefs) {
            grupper.computeIfAbsent(gruppe(ref, md5), g -> new java.util.ArrayList<>()).add(ref);
        }
        return grupper;
    }

    /** A new MD5 digest for {@link #gruppe(String, MessageDigest)}. */
    public static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    /** The references without duplicates, in Java's string order (not the database's collation). */
    public static List<String> sortert(java.util.Collection<String> personRefs) {
        String[] refs = personRefs.toArray(String[]::new);
        java.util.Arrays.sort(refs); // a list that comes sorted (e.g. from the database) is sorted in one pass
        var unike = new java.util.ArrayList<String>(refs.length);
        for (String ref : refs) {
            if (unike.isEmpty() || !unike.getLast().equals(ref)) {
                unike.add(ref);
            }
        }
        return java.util.Collections.unmodifiableList(unike);
    }

    private static void felt(StringBuilder input, @Nullable String value) {
        if (value == null) {
            input.append("-1:;");
        } else {
            input.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
