/**
 * Measure types (tiltakstyper) and implementations (gjennomføringer) of measures at providers, under agreements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang", "organisasjon", "arrangor"})
@org.jspecify.annotations.NullMarked
package no.samskap.tiltak;
