package no.samskap.organisasjon.domain;

import org.jspecify.annotations.Nullable;

/**
 * A municipality valid from 2024.
 *
 * @param navn the primary name form (for some bilingual municipalities the Sami form)
 * @param navnNorsk the Norwegian name (same-named municipalities carry the county in brackets)
 * @param navnSamisk the Sami name where known
 */
public record Kommune(
        String kommunenummer,
        String navn,
        String navnNorsk,
        @Nullable String navnSamisk,
        String fylkesnummer,
        String fylkesnavn) {}
