package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the list of outcome contracts, with how the current user sees the contract. */
public record EffektkontraktSammendrag(
        UUID id, String navn, String valuta, LocalDate fra, LocalDate til, Innsyn innsyn) {}
