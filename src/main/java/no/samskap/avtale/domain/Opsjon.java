package no.samskap.avtale.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A registered option: the agreement's end date moved from {@code forrigeSluttdato} to {@code nySluttdato}. */
public record Opsjon(
        UUID id, LocalDate forrigeSluttdato, LocalDate nySluttdato, String registrertAv, Instant registrertTidspunkt) {}
