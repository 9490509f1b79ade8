package no.samskap.avtale;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * When an agreement lets its implementations be shown in the counsellors' catalog.
 *
 * @param aktivFra the agreement's start date when it has a provider and is not aborted, else null (never shown)
 * @param aktivTil the agreement's end date (null: open-ended)
 */
public record AvtaleGyldighet(UUID id, @Nullable LocalDate aktivFra, @Nullable LocalDate aktivTil) {}
