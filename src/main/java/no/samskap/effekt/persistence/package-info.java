/** Explicit SQL for outcome contracts: contracts and versions, measurement, claims, payments and cash flows. */
@org.jspecify.annotations.NullMarked
package no.samskap.effekt.persistence;
