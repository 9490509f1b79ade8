/**
 * Importing enrolment history from the legacy system (Arena): CSV files streamed into a staging table with COPY,
 * checked and inserted set-based in SQL in committed batches, idempotent, audited; the command
 * {@code import-deltakelser}, the administrators' page {@code /historikkimport} and its API. The file format is in
 * {@code docs/import-deltakelser.md}.
 */
@org.jspecify.annotations.NullMarked
package no.samskap.deltakelse.historikk;
