/** The outcome-contract API under {@code /api/v1/effektkontrakter}: thin controllers over the module's services. */
@org.jspecify.annotations.NullMarked
package no.samskap.effekt.web;
