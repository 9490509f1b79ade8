-- Outcome contracts (effektkontrakter): contracts and their versions of terms, the parties' relations, participants
-- (personal data: every read and write is audited by the service), outcome events with evidence, checkpoints and
-- reminders, soft-outcome readings, claims and the evaluator's decisions, comparison cohorts, payment runs and the
-- investors' cash flows. Computed amounts are never stored as the input of a computation (docs/effekt.md, ADR 6);
-- payment runs store what they paid, because money that left is a fact.
create schema if not exists effekt;

create table effekt.kontrakt
(
  id           uuid        not null,
  navn         text        not null,
  valuta       text        not null,
  fra          date        not null,
  til          date        not null,
  opprettet_av text        not null,
  version      bigint      not null,
  created_at   timestamptz not null,
  updated_at   timestamptz not null,
  constraint kontrakt_id_pk primary key (id),
  constraint kontrakt_navn_ck check (char_length(navn) between 1 and 200),
  constraint kontrakt_valuta_ck check (valuta ~ '^[A-Z]{3}$'),
  constraint kontrakt_periode_ck check (til >= fra)
);
-- the list of contracts, newest first
create index kontrakt_created_at_idx on effekt.kontrakt (created_at desc, id);

-- Every version of a contract's terms, as one immutable document (ADR 7), with who changed it, when, why and the
-- fields that changed (before/after).
create table effekt.kontrakt_versjon
(
  id          uuid        not null,
  kontrakt_id uuid        not null,
  nummer      int         not null,
  gjelder_fra date        not null,
  innhold     jsonb       not null,
  endringer   jsonb       not null,
  begrunnelse text        not null,
  endret_av   text        not null,
  tidspunkt   timestamptz not null,
  constraint kontrakt_versjon_id_pk primary key (id),
  constraint kontrakt_versjon_kontrakt_fk foreign key (kontrakt_id) references effekt.kontrakt (id),
  constraint kontrakt_versjon_kontrakt_nummer_uk unique (kontrakt_id, nummer),
  constraint kontrakt_versjon_nummer_ck check (nummer >= 1),
  constraint kontrakt_versjon_begrunnelse_ck check (char_length(begrunnelse) between 1 and 2000)
);

-- The parties of a contract as the access rules see them: every party that any version named (a party removed by a
-- later version keeps seeing the history it was part of). Maintained by the service from the versions.
create table effekt.kontrakt_part
(
  kontrakt_id         uuid not null,
  part_id             uuid not null,
  kode                text not null,
  rolle               text not null,
  navn                text not null,
  organisasjonsnummer text,
  constraint kontrakt_part_pk primary key (kontrakt_id, part_id),
  constraint kontrakt_part_kontrakt_fk foreign key (kontrakt_id) references effekt.kontrakt (id),
  constraint kontrakt_part_kontrakt_kode_uk unique (kontrakt_id, kode),
  constraint kontrakt_part_rolle_ck check (rolle in ('UTFALLSBETALER', 'LEVERANDOR', 'INVESTOR', 'EVALUATOR',
    'INTERMEDIAER')),
  constraint kontrakt_part_orgnr_ck check (organisasjonsnummer is null or organisasjonsnummer ~ '^[0-9]{9}$')
);
-- the contracts a provider, investor or evaluator organisation is party to
create index kontrakt_part_orgnr_idx on effekt.kontrakt_part (organisasjonsnummer, rolle);

-- Participants of a contract. The fødselsnummer only where the provider gave it; the engine sees the id only.
create table effekt.deltaker
(
  id               uuid        not null,
  kontrakt_id      uuid        not null,
  leverandor_id    uuid        not null,
  referanse        text        not null,
  fodselsnummer    text,
  fodselsdato      date,
  innsatsgruppe    text,
  gjennomforing_id uuid,
  inntaksdato      date        not null,
  sluttdato        date,
  kohort           text,
  registrert_av    text        not null,
  version          bigint      not null,
  created_at       timestamptz not null,
  updated_at       timestamptz not null,
  constraint deltaker_id_pk primary key (id),
  constraint deltaker_kontrakt_fk foreign key (kontrakt_id) references effekt.kontrakt (id),
  constraint deltaker_kontrakt_referanse_uk unique (kontrakt_id, referanse),
  constraint deltaker_referanse_ck check (char_length(referanse) between 1 and 60),
  constraint deltaker_fodselsnummer_ck check (fodselsnummer is null or fodselsnummer ~ '^[0-9]{11}$'),
  constraint deltaker_datoer_ck check (sluttdato is null or sluttdato >= inntaksdato),
  constraint deltaker_innsatsgruppe_ck check (innsatsgruppe is null or innsatsgruppe in ('STANDARD_INNSATS',
    'SITUASJONSBESTEMT_INNSATS', 'SPESIELT_TILPASSET_INNSATS', 'GRADERT_VARIG_TILPASSET_INNSATS',
    'VARIG_TILPASSET_INNSATS'))
);
-- one person at most once per contract
create unique index deltaker_kontrakt_fodselsnummer_uk on effekt.deltaker (kontrakt_id, fodselsnummer)
  where fodselsnummer is not null;
-- a provider's participants in a contract, by reference
create index deltaker_kontrakt_leverandor_idx on effekt.deltaker (kontrakt_id, leverandor_id, referanse);

-- Outcome events: a participant achieved (or was measured at) a metric on a date. Never changed once registered.
create table effekt.utfall
(
  id            uuid        not null,
  kontrakt_id   uuid        not null,
  deltaker_id   uuid        not null,
  maal          text        not null,
  dato          date        not null,
  verdi         numeric(18, 4),
  jobbforlop    text,
  kilde         text        not null,
  registrert_av text        not null,
  registrert    timestamptz not null,
  constraint utfall_id_pk primary key (id),
  constraint utfall_deltaker_fk foreign key (deltaker_id) references effekt.deltaker (id),
  constraint utfall_kilde_ck check (kilde in ('API', 'IMPORT', 'MYK_MAALING')),
  constraint utfall_jobbforlop_ck check (jobbforlop is null or char_length(jobbforlop) between 1 and 60)
);
-- a participant's outcomes in date order; a contract's outcomes per metric
create index utfall_deltaker_idx on effekt.utfall (deltaker_id, dato);
create index utfall_kontrakt_maal_idx on effekt.utfall (kontrakt_id, maal, dato);

-- Evidence attached to an outcome event: its kind and a reference to the document or lookup (never its content).
create table effekt.bevis
(
  utfall_id  uuid not null,
  nr         int  not null,
  type       text not null,
  referanse  text not null,
  constraint bevis_pk primary key (utfall_id, nr),
  constraint bevis_utfall_fk foreign key (utfall_id) references effekt.utfall (id),
  constraint bevis_type_ck check (type in ('SERTIFIKAT', 'ARBEIDSGIVERBEKREFTELSE', 'OPPMOTEREGISTER',
    'REGISTEROPPSLAG')),
  constraint bevis_referanse_ck check (char_length(referanse) between 1 and 200)
);

-- Job-retention checkpoints scheduled from an outcome event (a job start), with the reminder state.
create table effekt.sjekkpunkt
(
  id                  uuid        not null,
  kontrakt_id         uuid        not null,
  deltaker_id         uuid        not null,
  leverandor_id       uuid        not null,
  utlosende_utfall_id uuid        not null,
  antall              int         not null,
  enhet               text        not null,
  maal                text,
  forfallsdato        date        not null,
  varsles_fra         date        not null,
  status              text        not null,
  oppfylt_utfall_id   uuid,
  varslet             timestamptz,
  constraint sjekkpunkt_id_pk primary key (id),
  constraint sjekkpunkt_utlosende_fk foreign key (utlosende_utfall_id) references effekt.utfall (id),
  constraint sjekkpunkt_utfall_uk unique (utlosende_utfall_id, antall, enhet),
  constraint sjekkpunkt_enhet_ck check (enhet in ('UKER', 'MAANEDER')),
  constraint sjekkpunkt_status_ck check (status in ('PLANLAGT', 'VARSLET', 'FORFALT', 'OPPFYLT'))
);
-- the nightly job's work: open checkpoints by the date they are to be reminded of
create index sjekkpunkt_apne_idx on effekt.sjekkpunkt (varsles_fra) where status in ('PLANLAGT', 'VARSLET');
-- a contract's checkpoints per participant
create index sjekkpunkt_deltaker_idx on effekt.sjekkpunkt (deltaker_id, forfallsdato);

-- Notifications to a party of a contract (a provider reminded of a checkpoint, told of an approved claim or a
-- payment). Idempotent per (type, referanse).
create table effekt.varsel
(
  id          uuid        not null,
  kontrakt_id uuid        not null,
  mottaker_id uuid        not null,
  type        text        not null,
  referanse   uuid        not null,
  dato        date,
  lest        boolean     not null,
  created_at  timestamptz not null,
  constraint varsel_id_pk primary key (id),
  constraint varsel_type_referanse_uk unique (type, referanse),
  constraint varsel_type_ck check (type in ('SJEKKPUNKT_NAERMER_SEG', 'SJEKKPUNKT_FORFALT', 'KRAV_GODKJENT',
    'UTBETALING'))
);
-- a party's notifications, newest first
create index varsel_mottaker_idx on effekt.varsel (kontrakt_id, mottaker_id, created_at desc);

-- Soft-outcome readings on a 1-10 scale: the participant's own rating and the worker's.
create table effekt.myk_maaling
(
  id                uuid        not null,
  kontrakt_id       uuid        not null,
  deltaker_id       uuid        not null,
  skala             text        not null,
  dato              date        not null,
  egenvurdering     smallint    not null,
  veiledervurdering smallint,
  registrert_av     text        not null,
  registrert        timestamptz not null,
  constraint myk_maaling_id_pk primary key (id),
  constraint myk_maaling_deltaker_fk foreign key (deltaker_id) references effekt.deltaker (id),
  constraint myk_maaling_deltaker_skala_dato_uk unique (deltaker_id, skala, dato),
  constraint myk_maaling_egen_ck check (egenvurdering between 1 and 10),
  constraint myk_maaling_veileder_ck check (veiledervurdering is null or veiledervurdering between 1 and 10)
);
create index myk_maaling_kontrakt_idx on effekt.myk_maaling (kontrakt_id, skala, deltaker_id, dato);

-- A provider's claim of one outcome event; the event holds metric, date, value and evidence.
create table effekt.krav
(
  id            uuid        not null,
  kontrakt_id   uuid        not null,
  utfall_id     uuid        not null,
  mottaker_id   uuid        not null,
  innsendt_av   text        not null,
  innsendt      timestamptz not null,
  constraint krav_id_pk primary key (id),
  constraint krav_utfall_fk foreign key (utfall_id) references effekt.utfall (id),
  constraint krav_utfall_uk unique (utfall_id)
);
create index krav_kontrakt_idx on effekt.krav (kontrakt_id, innsendt);

-- The evaluator's decision on a claim (at most one; four eyes are checked by the service and the engine).
create table effekt.vurdering
(
  krav_id     uuid        not null,
  beslutning  text        not null,
  evaluator   text        not null,
  begrunnelse text        not null,
  dato        date        not null,
  tidspunkt   timestamptz not null,
  constraint vurdering_krav_pk primary key (krav_id),
  constraint vurdering_krav_fk foreign key (krav_id) references effekt.krav (id),
  constraint vurdering_beslutning_ck check (beslutning in ('GODKJENT', 'AVVIST')),
  constraint vurdering_begrunnelse_ck check (char_length(begrunnelse) between 1 and 2000)
);

-- Comparison-group aggregates per cohort, recorded by the evaluator (no person in them).
create table effekt.kohort
(
  id                   uuid        not null,
  kontrakt_id          uuid        not null,
  navn                 text        not null,
  dato                 date        not null,
  antall_tiltak        int         not null,
  utfall_tiltak        int         not null,
  antall_sammenligning int         not null,
  utfall_sammenligning int         not null,
  registrert_av        text        not null,
  version              bigint      not null,
  created_at           timestamptz not null,
  updated_at           timestamptz not null,
  constraint kohort_id_pk primary key (id),
  constraint kohort_kontrakt_fk foreign key (kontrakt_id) references effekt.kontrakt (id),
  constraint kohort_kontrakt_navn_uk unique (kontrakt_id, navn),
  constraint kohort_antall_ck check (antall_tiltak >= 0 and utfall_tiltak >= 0 and antall_sammenligning >= 0
    and utfall_sammenligning >= 0)
);

-- Payment runs (one per period) and what each paid each payer-recipient pair, with the caps that cut it.
create table effekt.utbetalingskjoring
(
  id              uuid        not null,
  kontrakt_id     uuid        not null,
  fra             date        not null,
  til             date        not null,
  utbetalingsdato date        not null,
  kjort_av        text        not null,
  tidspunkt       timestamptz not null,
  constraint utbetalingskjoring_id_pk primary key (id),
  constraint utbetalingskjoring_kontrakt_fk foreign key (kontrakt_id) references effekt.kontrakt (id),
  constraint utbetalingskjoring_kontrakt_fra_uk unique (kontrakt_id, fra),
  constraint utbetalingskjoring_periode_ck check (til >= fra)
);

create table effekt.utbetaling
(
  id                 uuid           not null,
  kjoring_id         uuid           not null,
  kontrakt_id        uuid           not null,
  betaler_id         uuid           not null,
  mottaker_id        uuid           not null,
  opptjent           numeric(16, 2) not null,
  tidligere_utbetalt numeric(16, 2) not null,
  belop              numeric(16, 2) not null,
  kutt_kontrakt      numeric(16, 2) not null,
  kutt_betaler       numeric(16, 2) not null,
  constraint utbetaling_id_pk primary key (id),
  constraint utbetaling_kjoring_fk foreign key (kjoring_id) references effekt.utbetalingskjoring (id),
  constraint utbetaling_belop_ck check (belop >= 0)
);
create index utbetaling_kontrakt_idx on effekt.utbetaling (kontrakt_id, betaler_id, mottaker_id);
create index utbetaling_kjoring_idx on effekt.utbetaling (kjoring_id);

-- The investors' dated cash flows: commitments, drawdowns, repayments and returns (the waterfall of a payment run
-- writes repayments and returns; NAV registers drawdowns).
create table effekt.kontantstrom
(
  id            uuid           not null,
  kontrakt_id   uuid           not null,
  investor_id   uuid           not null,
  dato          date           not null,
  type          text           not null,
  belop         numeric(16, 2) not null,
  kjoring_id    uuid,
  registrert_av text           not null,
  registrert    timestamptz    not null,
  constraint kontantstrom_id_pk primary key (id),
  constraint kontantstrom_kontrakt_fk foreign key (kontrakt_id) references effekt.kontrakt (id),
  constraint kontantstrom_kjoring_fk foreign key (kjoring_id) references effekt.utbetalingskjoring (id),
  constraint kontantstrom_type_ck check (type in ('FORPLIKTELSE', 'TREKK', 'TILBAKEBETALING', 'AVKASTNING')),
  constraint kontantstrom_belop_ck check (belop > 0)
);
create index kontantstrom_kontrakt_idx on effekt.kontantstrom (kontrakt_id, investor_id, dato);
