/**
 * The counsellors' catalog of published implementations: search and filters over a read model, saved filters and
 * sharing a measure with a person. Reads other modules through their public API; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "tilgang", "audit", "organisasjon", "arrangor", "tiltak", "avtale"})
@org.jspecify.annotations.NullMarked
package no.samskap.katalog;
