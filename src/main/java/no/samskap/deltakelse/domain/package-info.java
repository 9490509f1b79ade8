/** The enrolment's rules, free of Spring and persistence. */
@org.jspecify.annotations.NullMarked
package no.samskap.deltakelse.domain;
