package no.samskap.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import no.samskap.audit.AuditVerifisering.BruttEntry;
import no.samskap.audit.domain.AuditEntry;
import no.samskap.audit.domain.AuditHash;
import no.samskap.audit.domain.AuditKjede;
import no.samskap.audit.persistence.AuditEntryRepository;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Services that return a person's data call {@link #registrer} before they
 * return it; {@link #verifiser} proves that no entry was changed or removed since it was written.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEntryRepository repository;
    private final TilgangService tilgang;
    private final Clock clock;

    AuditLog(AuditEntryRepository repository, TilgangService tilgang, Clock clock) {
        this.repository = repository;
        this.tilgang = tilgang;
        this.clock = clock;
    }

    /**
     * Records that the current user did {@code handling} on a resource, in the caller's transaction: if the caller
     * rolls back, the entry goes too (no data without an audit entry, no audit entry for data never returned). The
     * caller's transaction must not be read-only. Writers of the chain are serialised until that transaction ends.
     *
     * @param handling what was done, e.g. {@code LES}, {@code ENDRE}
     * @param ressursType the kind of resource, e.g. {@code deltakelse}
     * @param ressursId the resource's id
     * @param personRef reference to the person whose data was involved (e.g. an internal person id); it is stored
     *     here and never written to application logs
     * @param formaal why: the purpose the data was used for, e.g. {@link Formaal#OPPFOLGING}
     * @return the new entry's id
     */
    @Transactional
    public UUID registrer(
            String handling, String ressursType, String ressursId, @Nullable String personRef, Formaal formaal) {
        return skriv((sekvens, forrigeHash, bruker) -> AuditEntry.ny(UUID.randomUUID(), sekvens, forrigeHash,
                clock.instant(), bruker.ident(), rolle(bruker), handling, ressursType, ressursId, personRef,
                formaal.name()));
    }

    /**
     * Records one entry for a write that concerns many persons at once (an import batch), in the caller's
     * transaction like {@link #registrer}. The entry's hash covers the number of persons and a hash of their sorted
     * references; the references are stored beside it, in groups ({@link AuditHash#gruppe}), so looking up one person
     * finds the entry too.
     *
     * @param personRefs the persons (duplicates are ignored); at least one
     * @return the new entry's id
     */
    @Transactional
    public UUID registrerForPersoner(
            String handling, String ressursType, String ressursId, Collection<String> personRefs, Formaal formaal) {
        return registrerForPersoner(handling, ressursType, ressursId, AuditPersoner.av(personRefs), formaal);
    }

    /**
     * {@link #registrerForPersoner(String, String, String, Collection, Formaal)} with the persons prepared beforehand
     * (e.g. on the thread that read them), so the caller's transaction only writes.
     *
     * @param personer at least one
     */
    @Transactional
    public UUID registrerForPersoner(
            String handling, String ressursType, String ressursId, AuditPersoner personer, Formaal formaal) {
        UUID id = skriv((sekvens, forrigeHash, bruker) -> AuditEntry.nyForPersoner(UUID.randomUUID(), sekvens,
                forrigeHash, clock.instant(), bruker.ident(), rolle(bruker), handling, ressursType, ressursId,
                personer.antall(), personer.hash(), formaal.name()));
        repository.insertPersoner(id, personer.grupper());
        return id;
    }

    /** Makes the next entry of the chain. */
    private interface NyEntry {
        AuditEntry lag(long forrigeSekvens, String forrigeHash, Innlogget bruker);
    }

    /** Appends the entry {@code ny} makes after the last one, holding the chain's lock until the transaction ends. */
    private UUID skriv(NyEntry ny) {
        Innlogget bruker = tilgang.innlogget();
        repository.laasKjeden();
        var siste = repository.findSiste();
        AuditEntry entry = ny.lag(
                siste.map(AuditEntry::sekvens).orElse(0L), siste.map(AuditEntry::hash).orElse(AuditEntry.START_HASH), bruker);
        repository.insert(entry);
        return entry.id();
    }

    /**
     * Walks the whole chain from the first entry and reports the first one that breaks it: a missing or changed
     * entry, or changed persons of an entry about many persons. Then checks that no person row was added to an entry
     * that does not cover many persons.
     */
    @Transactional(readOnly = true)
    public AuditVerifisering verifiser() {
        var kjede = new AuditKjede();
        var forsteBrudd = new AtomicReference<@Nullable BruttEntry>();
        repository.gjennomgaa(entry -> {
            Map<Integer, List<String>> personer =
                    entry.personerHash() == null ? Map.of() : repository.personer(entry.id());
            kjede.kontroller(entry, personer)
                    .ifPresent(brudd -> forsteBrudd.set(BruttEntry.av(entry.id(), entry.sekvens(), brudd)));
            return forsteBrudd.get() == null;
        });
        if (forsteBrudd.get() == null) {
            repository.forsteFremmedePerson().ifPresent(f -> forsteBrudd.set(BruttEntry.av(
                    f.entryId(), f.sekvens() == null ? 0 : f.sekvens(), AuditKjede.Brudd.PERSONER_ENDRET)));
        }
        BruttEntry brudd = forsteBrudd.get();
        if (brudd != null) {
            log.error("audit chain broken at sekvens {} (entry {}): {}", brudd.sekvens(), brudd.id(), brudd.aarsak());
        }
        return new AuditVerifisering(kjede.kontrollert(), brudd);
    }

    private static String rolle(Innlogget bruker) {
        if (bruker.roller().isEmpty()) {
            return "system".equals(bruker.ident()) ? "SYSTEM" : "INGEN";
        }
        return bruker.roller().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
