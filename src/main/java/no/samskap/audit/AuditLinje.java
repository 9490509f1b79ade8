package no.samskap.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry as an administrator sees it in a person's audit trail: who, in which role, when, what, why and on
 * which resource.
 *
 * @param sekvens the entry's place in the chain
 * @param handling what was done, e.g. {@code LES}, {@code OPPRETT}
 * @param formaal why; null for entries written before the purpose was recorded
 * @param mangePersoner the entry covers many persons at once (e.g. an import batch), this one among them
 */
public record AuditLinje(
        long sekvens,
        Instant tidspunkt,
        String utfortAv,
        String rolle,
        String handling,
        String ressursType,
        String ressursId,
        @Nullable Formaal formaal,
        boolean mangePersoner) {}
