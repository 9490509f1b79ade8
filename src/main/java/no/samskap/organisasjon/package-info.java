/**
 * NAV units (regions and local offices), counties and municipalities: real reference data, read-only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang"})
@org.jspecify.annotations.NullMarked
package no.samskap.organisasjon;
