/**
 * Demo data: realistic providers, contact persons, agreements, implementations, a few enrolments and an outcome
 * contract for the demo profile, loaded once through the other modules' public services (so the data obeys every
 * rule), with a marker in the {@code demo} schema and a database lock so that several nodes starting together load it
 * once.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "tilgang", "organisasjon", "arrangor", "tiltak", "avtale", "deltakelse",
                "effekt", "effekt :: domain"})
@org.jspecify.annotations.NullMarked
package no.samskap.demo;
