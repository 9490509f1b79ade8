/** The calculation engine of outcome contracts: plain Java, immutable values, no Spring, no clock. */
@org.jspecify.annotations.NullMarked
package no.samskap.effekt.domain;
