/**
 * Sharing an implementation with a person (del med bruker) and looking up earlier sharings: personal data, VEILEDER
 * only, every read and write in the audit log, the fødselsnummer never in URLs, logs or messages.
 */
@org.jspecify.annotations.NullMarked
package no.samskap.katalog.deling;
