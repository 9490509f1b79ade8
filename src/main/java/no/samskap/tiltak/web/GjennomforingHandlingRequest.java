package no.samskap.tiltak.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of an action on an implementation: always the {@code version} read; abort also takes the new end date
 * and a reason, reopen the new end date.
 */
record GjennomforingHandlingRequest(@Nullable Long version, @Nullable LocalDate sluttdato, @Nullable String aarsak) {}
