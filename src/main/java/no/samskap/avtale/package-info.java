/**
 * Agreements (avtaler) between NAV and a provider for a measure type: period, options, price models, the NAV units
 * served, administrators, and the derived status.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang", "organisasjon", "arrangor", "tiltak"})
@org.jspecify.annotations.NullMarked
package no.samskap.avtale;
