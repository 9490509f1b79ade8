@org.jspecify.annotations.NullMarked
package no.samskap.organisasjon.persistence;
