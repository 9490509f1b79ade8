/**
 * The calculation engine of outcome contracts: plain Java, immutable values, no Spring, no clock. A named interface:
 * the module's API records use its value types (tranches, evidence kinds, findings), so a module that builds contract
 * content (the demo data) may use them too.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package no.samskap.effekt.domain;
