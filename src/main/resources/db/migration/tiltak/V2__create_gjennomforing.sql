-- Implementations (gjennomføringer): one concrete run of a measure at a provider's underenhet, under an agreement.
-- avtale_id, arrangor_id, prismodell_id and kontaktperson_id refer to other modules' rows by id only (no foreign keys
-- across schemas).
create schema if not exists tiltak;

create table tiltak.gjennomforing (
  id                        uuid primary key,
  avtale_id                 uuid not null,
  tiltakskode               text not null,
  navn                      text not null,
  arrangor_id               uuid not null,
  startdato                 date not null,
  sluttdato                 date,
  antall_plasser            integer not null,
  oppstartstype             text not null,
  prismodell_id             uuid not null,
  oppmotested               text,
  estimert_ventetid_verdi   integer,
  estimert_ventetid_enhet   text,
  beskrivelse               text,
  publisert                 boolean not null default false,
  apent_for_pamelding       boolean not null default false,
  status                    text not null,
  avbrutt_dato              date,
  avbrutt_aarsak            text,
  version                   bigint not null,
  created_at                timestamptz not null,
  updated_at                timestamptz not null,
  constraint gjennomforing_antall_plasser_ck check (antall_plasser > 0),
  constraint gjennomforing_oppstartstype_ck check (oppstartstype in ('LOPENDE', 'FELLES')),
  constraint gjennomforing_status_ck check (status in ('GJENNOMFORES', 'AVSLUTTET', 'AVBRUTT', 'AVLYST')),
  constraint gjennomforing_estimert_ventetid_enhet_ck check (estimert_ventetid_enhet in ('UKER', 'MANEDER')),
  constraint gjennomforing_estimert_ventetid_ck
    check ((estimert_ventetid_verdi is null) = (estimert_ventetid_enhet is null))
);

create index gjennomforing_avtale_id_idx on tiltak.gjennomforing (avtale_id);
create index gjennomforing_arrangor_id_idx on tiltak.gjennomforing (arrangor_id);
create index gjennomforing_tiltakskode_idx on tiltak.gjennomforing (tiltakskode);
create index gjennomforing_startdato_idx on tiltak.gjennomforing (startdato);
create index gjennomforing_lower_navn_idx on tiltak.gjennomforing (lower(navn));
-- the nightly job: running implementations whose end date has passed
create index gjennomforing_status_sluttdato_idx on tiltak.gjennomforing (status, sluttdato);
-- the counsellors' list: published implementations
create index gjennomforing_publisert_status_idx on tiltak.gjennomforing (publisert, status);

-- The NAV offices (enhetsnummer) an implementation serves: a subset of its agreement's offices.
create table tiltak.gjennomforing_nav_enhet (
  gjennomforing_id uuid not null references tiltak.gjennomforing (id) on delete cascade,
  enhetsnummer     text not null,
  constraint gjennomforing_nav_enhet_pk primary key (gjennomforing_id, enhetsnummer)
);
create index gjennomforing_nav_enhet_enhetsnummer_idx on tiltak.gjennomforing_nav_enhet (enhetsnummer);

-- The provider's contact persons (arrangor module ids) linked to an implementation.
create table tiltak.gjennomforing_arrangor_kontaktperson (
  gjennomforing_id uuid not null references tiltak.gjennomforing (id) on delete cascade,
  kontaktperson_id uuid not null,
  constraint gjennomforing_arrangor_kontaktperson_pk primary key (gjennomforing_id, kontaktperson_id)
);
create index gjennomforing_arrangor_kontaktperson_kontaktperson_id_idx
  on tiltak.gjennomforing_arrangor_kontaktperson (kontaktperson_id);

-- NAV's contact persons for an implementation, in the order given.
create table tiltak.gjennomforing_nav_kontaktperson (
  gjennomforing_id uuid not null references tiltak.gjennomforing (id) on delete cascade,
  nav_ident        text not null,
  navn             text not null,
  epost            text,
  rekkefolge       integer not null,
  constraint gjennomforing_nav_kontaktperson_pk primary key (gjennomforing_id, nav_ident)
);

-- Change history: who, when, what operation, and the implementation as it was after it (flat field -> text).
create table tiltak.gjennomforing_historikk (
  id               uuid primary key,
  gjennomforing_id uuid not null references tiltak.gjennomforing (id) on delete cascade,
  tidspunkt        timestamptz not null,
  utfort_av        text not null,
  operasjon        text not null,
  snapshot         jsonb not null
);
create index gjennomforing_historikk_gjennomforing_id_tidspunkt_idx
  on tiltak.gjennomforing_historikk (gjennomforing_id, tidspunkt);
