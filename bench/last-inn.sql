-- Loads the CSV files written by bench/Generer.java (run by bench/run from inside the data directory).
-- One transaction: either all of the generated data is there, or none of it.
begin;
\copy arrangor.arrangor (id, organisasjonsnummer, navn, hovedenhet_id, version, created_at, updated_at) from 'arrangor.csv' csv
\copy arrangor.kontaktperson (id, arrangor_id, navn, epost, telefon, ansvar, version, created_at, updated_at) from 'kontaktperson.csv' csv
\copy avtale.avtale (id, version, navn, tiltakskode, avtaletype, sakarkivnummer, arrangor_hovedenhet_id, arrangor_underenheter, arrangor_kontaktpersoner, startdato, sluttdato, opsjon_maks_varighet, nav_regioner, nav_enheter, administratorer, beskrivelse, avbrutt_tidspunkt, avbrutt_aarsaker, avbrutt_forklaring, avslutning_registrert_at, created_at, updated_at) from 'avtale.csv' csv
\copy avtale.prismodell (id, avtale_id, type, beskrivelse, rekkefolge) from 'prismodell.csv' csv
\copy avtale.prismodell_sats (prismodell_id, gyldig_fra, belop) from 'prismodell_sats.csv' csv
\copy tiltak.gjennomforing (id, avtale_id, tiltakskode, navn, arrangor_id, startdato, sluttdato, antall_plasser, oppstartstype, prismodell_id, oppmotested, estimert_ventetid_verdi, estimert_ventetid_enhet, beskrivelse, publisert, apent_for_pamelding, status, avbrutt_dato, avbrutt_aarsak, version, created_at, updated_at) from 'gjennomforing.csv' csv
\copy tiltak.gjennomforing_nav_enhet (gjennomforing_id, enhetsnummer) from 'gjennomforing_nav_enhet.csv' csv
\copy tiltak.gjennomforing_arrangor_kontaktperson (gjennomforing_id, kontaktperson_id) from 'gjennomforing_arrangor_kontaktperson.csv' csv
\copy tiltak.gjennomforing_nav_kontaktperson (gjennomforing_id, nav_ident, navn, epost, rekkefolge) from 'gjennomforing_nav_kontaktperson.csv' csv
\copy deltakelse.deltakelse (id, gjennomforing_id, fodselsnummer, navn, status, startdato, sluttdato, deltakelsesprosent, innhold, opprettet_av, nav_enhet, version, created_at, updated_at, arrangor_id) from 'deltakelse.csv' csv
commit;
analyze;
