-- Saved catalog filters (one counsellor's named query strings, at most one default) and sharings of an
-- implementation with a person (personal data: every read and write is also in audit.audit_entry).
-- Does not assume V1 (the read model) has run first.
create schema if not exists katalog;

create table katalog.lagret_filter
(
  id         uuid        not null,
  eier       text        not null,
  navn       text        not null,
  sporring   text        not null,
  standard   boolean     not null default false,
  version    bigint      not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  constraint lagret_filter_id_pk primary key (id),
  constraint lagret_filter_eier_navn_uk unique (eier, navn),
  constraint lagret_filter_navn_ck check (char_length(navn) between 1 and 80),
  constraint lagret_filter_sporring_ck check (char_length(sporring) between 1 and 2000)
);
-- at most one default per owner, also under concurrent requests
create unique index lagret_filter_eier_standard_uk on katalog.lagret_filter (eier) where standard;
-- the owner's list by name is served by lagret_filter_eier_navn_uk

-- Change history of saved filters: who, when, what, snapshot after (flat field -> text); kept after a delete.
create table katalog.lagret_filter_historikk
(
  id               uuid        not null,
  lagret_filter_id uuid        not null,
  tidspunkt        timestamptz not null,
  utfort_av        text        not null,
  operasjon        text        not null,
  snapshot         jsonb       not null,
  constraint lagret_filter_historikk_id_pk primary key (id),
  constraint lagret_filter_historikk_operasjon_ck check (operasjon in ('OPPRETTET', 'ENDRET', 'SLETTET'))
);
create index lagret_filter_historikk_lagret_filter_id_tidspunkt_idx
  on katalog.lagret_filter_historikk (lagret_filter_id, tidspunkt);

create table katalog.deling
(
  id               uuid        not null,
  gjennomforing_id uuid        not null,
  -- the implementation's name when it was shared: what the person was sent
  gjennomforing_navn text      not null,
  fodselsnummer    text        not null,
  melding          text        not null,
  delt_av          text        not null,
  delt_av_navn     text        not null,
  tidspunkt        timestamptz not null,
  constraint deling_id_pk primary key (id),
  constraint deling_fodselsnummer_ck check (fodselsnummer ~ '^[0-9]{11}$'),
  constraint deling_melding_ck check (char_length(melding) between 1 and 2000)
);
-- "earlier sharings for this person", newest first
create index deling_fodselsnummer_tidspunkt_idx on katalog.deling (fodselsnummer, tidspunkt desc);
