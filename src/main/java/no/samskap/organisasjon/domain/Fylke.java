package no.samskap.organisasjon.domain;

/** A county valid from 2024, with the number of its municipalities. */
public record Fylke(String fylkesnummer, String navn, int antallKommuner) {}
