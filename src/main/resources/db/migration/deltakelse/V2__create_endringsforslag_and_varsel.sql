-- Access relations on the enrolment (the provider running it), the provider's change proposals, and notifications
-- to counsellors.
alter table deltakelse.deltakelse add column arrangor_id uuid;
-- a provider's participants, newest change first
create index deltakelse_arrangor_idx on deltakelse.deltakelse (arrangor_id, updated_at desc, id);
-- an office's enrolments, newest change first
create index deltakelse_nav_enhet_idx on deltakelse.deltakelse (nav_enhet, updated_at desc, id);

create table deltakelse.endringsforslag
(
  id                  uuid primary key,
  deltakelse_id       uuid        not null references deltakelse.deltakelse (id),
  type                text        not null,
  startdato           date,
  sluttdato           date,
  deltakelsesprosent  numeric(5, 2),
  aarsak              text,
  aarsak_beskrivelse  text,
  begrunnelse         text,
  status              text        not null,
  foreslatt_av        text        not null,
  besvart_av          text,
  besvart_tidspunkt   timestamptz,
  svar_begrunnelse    text,
  version             bigint      not null,
  created_at          timestamptz not null,
  updated_at          timestamptz not null,
  constraint endringsforslag_type_ck check (type in ('FORLENG', 'AVSLUTT', 'ENDRE_STARTDATO', 'ENDRE_SLUTTDATO',
    'ENDRE_DELTAKELSESPROSENT')),
  constraint endringsforslag_status_ck check (status in ('VENTER', 'GODKJENT', 'AVVIST')),
  constraint endringsforslag_prosent_ck check (deltakelsesprosent is null or (deltakelsesprosent > 0 and deltakelsesprosent <= 100)),
  constraint endringsforslag_aarsak_ck check (aarsak is null or aarsak in ('FATT_JOBB', 'SYK', 'IKKE_MOTT',
    'TRENGER_ANNEN_STOTTE', 'UTDANNING', 'FERDIG', 'FIKK_IKKE_PLASS', 'GJENNOMFORING_AVLYST', 'ANNET'))
);
-- an enrolment's proposals, newest first
create index endringsforslag_deltakelse_idx on deltakelse.endringsforslag (deltakelse_id, created_at desc);
-- at most one open proposal of each kind per enrolment
create unique index endringsforslag_en_apen_per_type_uk on deltakelse.endringsforslag (deltakelse_id, type)
  where status = 'VENTER';

create table deltakelse.varsel
(
  id            uuid primary key,
  mottaker      text        not null,
  deltakelse_id uuid        not null references deltakelse.deltakelse (id),
  type          text        not null,
  lest          boolean     not null,
  created_at    timestamptz not null,
  constraint varsel_type_ck check (type in ('PLASS_TILBUDT', 'NYTT_FORSLAG'))
);
-- a counsellor's notifications, newest first
create index varsel_mottaker_idx on deltakelse.varsel (mottaker, created_at desc);
