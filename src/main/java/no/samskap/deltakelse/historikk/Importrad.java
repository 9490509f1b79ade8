package no.samskap.deltakelse.historikk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A valid line of a legacy file as it goes into the history: checked, its measure code and provider resolved, its key
 * computed. The key is the person ({@code fodselsnummer}) and a 64-bit fingerprint ({@code nokkel}) of the rest of the
 * natural key: measure type, provider and start date.
 *
 * @param fodselsnummer the person's 11 digits (as the audit log names the person)
 * @param fnr the same as a number (as the history stores it)
 */
record Importrad(
        long linje,
        String fodselsnummer,
        long fnr,
        long nokkel,
        String tiltakskode,
        UUID arrangorId,
        String orgnr,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        Arenastatus status) {

    /** Whether this is the same enrolment as the one with these natural key values (the key alone may collide). */
    boolean sammeDeltakelse(String annenTiltakskode, UUID annenArrangorId, @Nullable LocalDate annenStartdato) {
        return tiltakskode.equals(annenTiltakskode) && arrangorId.equals(annenArrangorId)
                && Objects.equals(startdato, annenStartdato);
    }

    boolean sammeNokkel(Importrad annen) {
        return fnr == annen.fnr && nokkel == annen.nokkel;
    }

    /**
     * The fingerprint: the first 64 bits (big-endian, signed) of the MD5 of {@code tiltakskode|arrangor_id|startdato}
     * (ISO date, empty when there is none), the same text and digest as SQL's
     * {@code md5(tiltakskode || '|' || arrangor_id || '|' || coalesce(startdato::text, ''))}, which keyed the history
     * before (migration deltakelse V4 kept the first 64 bits of it).
     */
    static long nokkel(String tiltakskode, UUID arrangorId, @Nullable LocalDate startdato, MessageDigest md5) {
        String tekst = tiltakskode + '|' + arrangorId + '|' + (startdato == null ? "" : startdato.toString());
        return ByteBuffer.wrap(md5.digest(tekst.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
