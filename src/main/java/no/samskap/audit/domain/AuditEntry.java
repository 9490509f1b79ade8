package no.samskap.audit.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audit log entry, linked to the one before it by {@code forrigeHash}.
 *
 * @param sekvens the entry's place in the chain, from 1 without gaps
 * @param personRef reference to the person whose data was involved; never written to application logs
 * @param formaal why it was done (a purpose code such as {@code OPPFOLGING}); null only for entries written before
 *     the purpose was recorded
 * @param personerHash for an entry about many persons (a bulk write): {@link AuditHash#personer} of their references,
 *     which are stored beside the entry; null otherwise
 * @param antallPersoner how many persons such an entry covers; null otherwise
 */
public record AuditEntry(
        UUID id,
        long sekvens,
        Instant tidspunkt,
        String utfortAv,
        String rolle,
        String handling,
        String ressursType,
        String ressursId,
        @Nullable String personRef,
        String forrigeHash,
        String hash,
        @Nullable String formaal,
        @Nullable String personerHash,
        @Nullable Integer antallPersoner) {

    /** The forrigeHash of the first entry. */
    public static final String START_HASH = "0".repeat(64);

    /** An entry about one person or none. */
    public AuditEntry(
            UUID id,
            long sekvens,
            Instant tidspunkt,
            String utfortAv,
            String rolle,
            String handling,
            String ressursType,
            String ressursId,
            @Nullable String personRef,
            String forrigeHash,
            String hash,
            @Nullable String formaal) {
        this(id, sekvens, tidspunkt, utfortAv, rolle, handling, ressursType, ressursId, personRef, forrigeHash, hash,
                formaal, null, null);
    }

    /**
     * A new entry after the one with {@code forrigeSekvens}/{@code forrigeHash} (0 and {@link #START_HASH} for the
     * first), with its hash computed. The time is cut to microseconds, as PostgreSQL stores it.
     */
    public static AuditEntry ny(
            UUID id,
            long forrigeSekvens,
            String forrigeHash,
            Instant tidspunkt,
            String utfortAv,
            String rolle,
            String handling,
            String ressursType,
            String ressursId,
            @Nullable String personRef,
            String formaal) {
        Instant mikro = tidspunkt.truncatedTo(ChronoUnit.MICROS);
        var uten = new AuditEntry(id, forrigeSekvens + 1, mikro, utfortAv, rolle, handling, ressursType, ressursId,
                personRef, forrigeHash, "", formaal);
        return uten.medHash(AuditHash.beregn(uten));
    }

    /**
     * A new entry about many persons (see {@link #ny}), given as their number and {@link AuditHash#personer} of their
     * references, sorted and without duplicates ({@link AuditHash#sortert}; computed beforehand, as
     * {@code AuditPersoner} does).
     */
    public static AuditEntry nyForPersoner(
            UUID id,
            long forrigeSekvens,
            String forrigeHash,
            Instant tidspunkt,
            String utfortAv,
            String rolle,
            String handling,
            String ressursType,
            String ressursId,
            int antallPersoner,
            String personerHash,
            String formaal) {
        if (antallPersoner < 1) {
            throw new IllegalArgumentException("an entry for persons needs at least one person");
        }
        Instant mikro = tidspunkt.truncatedTo(ChronoUnit.MICROS);
        var uten = new AuditEntry(id, forrigeSekvens + 1, mikro, utfortAv, rolle, handling, ressursType, ressursId,
                null, forrigeHash, "", formaal, personerHash, antallPersoner);
        return uten.medHash(AuditHash.beregn(uten));
    }

    private AuditEntry medHash(String nyHash) {
        return new AuditEntry(id, sekvens, tidspunkt, utfortAv, rolle, handling, ressursType, ressursId, personRef,
                forrigeHash, nyHash, formaal, personerHash, antallPersoner);
    }

    /** The stable text form of the time that goes into the hash. */
    String tidspunktTekst() {
        return DateTimeFormatter.ISO_INSTANT.format(tidspunkt);
    }
}
