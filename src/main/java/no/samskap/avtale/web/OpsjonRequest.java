package no.samskap.avtale.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Register an option: the agreement's new end date. */
record OpsjonRequest(@Nullable Long version, @Nullable LocalDate nySluttdato) {}
