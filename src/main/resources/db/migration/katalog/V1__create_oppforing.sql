-- The counsellors' catalog: a read model with one row per published, running implementation (gjennomføring),
-- denormalised from the tiltak, avtale, arrangor and organisasjon modules so that a search is one table scan or index
-- lookup without joins across schemas. Kept in step by synchronous listeners in the writers' transactions
-- (KatalogEventListener) and rebuilt in full by KatalogService.byggPaNytt().
create schema if not exists katalog;

create table katalog.oppforing (
  gjennomforing_id        uuid primary key,
  avtale_id               uuid        not null,
  navn                    text        not null,
  tiltakskode             text        not null,
  tiltakstype_navn        text        not null,
  -- the need categories the measure type is open to
  innsatsgrupper          text[]      not null,
  arrangor_id             uuid        not null,
  arrangor_navn           text        not null,
  -- the implementation's own text, and the measure type's description (both searchable)
  beskrivelse             text,
  tiltakstype_beskrivelse text,
  oppmotested             text,
  -- the offices it serves and the regions of those offices (enhetsnummer)
  nav_enheter             text[]      not null,
  startdato               date        not null,
  sluttdato               date,
  oppstartstype           text        not null,
  apent_for_pamelding     boolean     not null,
  antall_plasser          integer     not null,
  -- the agreement's start when it has a provider and is not aborted (else null: never shown), and its end
  avtale_aktiv_fra        date,
  avtale_aktiv_til        date,
  -- the implementation's updated_at when copied: the start-up check compares it with the source
  kilde_endret            timestamptz not null,
  updated_at              timestamptz not null,
  sok                     tsvector generated always as (
      setweight(to_tsvector('norwegian'::regconfig, navn), 'A')
      || setweight(to_tsvector('norwegian'::regconfig, tiltakstype_navn || ' ' || arrangor_navn), 'B')
      || setweight(to_tsvector('norwegian'::regconfig,
                               coalesce(beskrivelse, '') || ' ' || coalesce(tiltakstype_beskrivelse, '')), 'C')
  ) stored,
  constraint oppforing_oppstartstype_ck check (oppstartstype in ('LOPENDE', 'FELLES'))
);

-- Filters. At national scale the table holds ~6 000 rows (the published fifth of 30 000 implementations); the
-- selective filters are free text and NAV unit (a region is ~1/15 of the rows, an office far less), both GIN.
create index oppforing_sok_idx on katalog.oppforing using gin (sok);
create index oppforing_nav_enheter_idx on katalog.oppforing using gin (nav_enheter);
create index oppforing_innsatsgrupper_idx on katalog.oppforing using gin (innsatsgrupper);
create index oppforing_tiltakskode_idx on katalog.oppforing (tiltakskode);
create index oppforing_apent_for_pamelding_idx on katalog.oppforing (startdato) where apent_for_pamelding;
-- Sorts (each ends in the id so paging is stable); name sorts use the Norwegian ICU collation like the other lists.
create index oppforing_navn_nb_idx on katalog.oppforing ((navn collate "nb-NO-x-icu"), gjennomforing_id);
create index oppforing_startdato_idx on katalog.oppforing (startdato, (navn collate "nb-NO-x-icu"), gjennomforing_id);
create index oppforing_tiltakstype_navn_nb_idx
  on katalog.oppforing ((tiltakstype_navn collate "nb-NO-x-icu"), (navn collate "nb-NO-x-icu"), gjennomforing_id);
-- The listeners: an agreement's or a provider's change updates its rows.
create index oppforing_avtale_id_idx on katalog.oppforing (avtale_id);
create index oppforing_arrangor_id_idx on katalog.oppforing (arrangor_id);
