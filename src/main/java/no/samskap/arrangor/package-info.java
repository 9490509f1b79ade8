/**
 * Providers (tiltaksarrangører): hovedenheter and their underenheter by organisasjonsnummer, and their contact persons.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang"})
@org.jspecify.annotations.NullMarked
package no.samskap.arrangor;
