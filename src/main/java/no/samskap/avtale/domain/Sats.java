package no.samskap.avtale.domain;

import java.time.LocalDate;
import no.samskap.shared.Belop;

/** A price per unit valid from a date (until the next rate's date). */
public record Sats(LocalDate gyldigFra, Belop belop) {}
