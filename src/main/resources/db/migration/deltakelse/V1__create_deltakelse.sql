-- Enrolments (deltakelser) and their status history. Personal data: every read and write is audited by the service.
create schema if not exists deltakelse;

create table deltakelse.deltakelse
(
  id                 uuid primary key,
  gjennomforing_id   uuid        not null,
  fodselsnummer      text        not null,
  navn               text        not null,
  status             text        not null,
  startdato          date,
  sluttdato          date,
  deltakelsesprosent numeric(5, 2),
  innhold            text,
  opprettet_av       text        not null,
  nav_enhet          text,
  version            bigint      not null,
  created_at         timestamptz not null,
  updated_at         timestamptz not null,
  constraint deltakelse_status_ck check (status in ('UTKAST_TIL_PAMELDING', 'SOKT_INN', 'VURDERES', 'VENTELISTE',
    'VENTER_PA_OPPSTART', 'DELTAR', 'HAR_SLUTTET', 'FULLFORT', 'AVBRUTT', 'IKKE_AKTUELL', 'FEILREGISTRERT')),
  constraint deltakelse_fodselsnummer_ck check (fodselsnummer ~ '^[0-9]{11}$'),
  constraint deltakelse_navn_ck check (length(navn) between 1 and 200),
  constraint deltakelse_datoer_ck check (sluttdato is null or startdato is null or sluttdato >= startdato),
  constraint deltakelse_prosent_ck check (deltakelsesprosent is null or (deltakelsesprosent > 0 and deltakelsesprosent <= 100))
);
-- places taken per implementation (count by status)
create index deltakelse_gjennomforing_status_idx on deltakelse.deltakelse (gjennomforing_id, status);
-- the waiting list of an implementation, oldest first
create index deltakelse_venteliste_idx on deltakelse.deltakelse (gjennomforing_id, created_at, id) where status = 'VENTELISTE';
-- a person's enrolments
create index deltakelse_fodselsnummer_idx on deltakelse.deltakelse (fodselsnummer);

create table deltakelse.deltakelse_status_historikk
(
  id                 uuid primary key,
  deltakelse_id      uuid        not null references deltakelse.deltakelse (id),
  fra                text,
  til                text        not null,
  aarsak             text,
  aarsak_beskrivelse text,
  utfort_av          text        not null,
  tidspunkt          timestamptz not null,
  constraint deltakelse_status_historikk_aarsak_ck check (aarsak is null or aarsak in ('FATT_JOBB', 'SYK', 'IKKE_MOTT',
    'TRENGER_ANNEN_STOTTE', 'UTDANNING', 'FERDIG', 'FIKK_IKKE_PLASS', 'GJENNOMFORING_AVLYST', 'ANNET'))
);
-- an enrolment's history, in order
create index deltakelse_status_historikk_deltakelse_idx on deltakelse.deltakelse_status_historikk (deltakelse_id, tidspunkt);
