create schema if not exists avtale;

-- One agreement. Sets of other modules' ids (provider units, contact persons, NAV units) are arrays of ids: they are
-- references by id only (no foreign keys across schemas) and are always read and written with the agreement.
create table avtale.avtale (
    id                       uuid primary key,
    version                  bigint      not null,
    navn                     text        not null,
    tiltakskode              text        not null,
    avtaletype               text        not null,
    sakarkivnummer           text,
    arrangor_hovedenhet_id   uuid,
    arrangor_underenheter    uuid[]      not null default '{}',
    arrangor_kontaktpersoner uuid[]      not null default '{}',
    startdato                date        not null,
    sluttdato                date,
    opsjon_maks_varighet     date,
    nav_regioner             text[]      not null default '{}',
    nav_enheter              text[]      not null default '{}',
    administratorer          text[]      not null default '{}',
    beskrivelse              text,
    avbrutt_tidspunkt        timestamptz,
    avbrutt_aarsaker         text[],
    avbrutt_forklaring       text,
    -- set by the nightly job when it has recorded that the agreement ended (status itself is derived)
    avslutning_registrert_at timestamptz,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    constraint avtale_avtaletype_ck check (avtaletype in ('AVTALE', 'RAMMEAVTALE', 'FORHANDSGODKJENT', 'OFFENTLIG_OFFENTLIG')),
    constraint avtale_avbrutt_ck check ((avbrutt_tidspunkt is null) = (avbrutt_aarsaker is null))
);

-- list: search by name, filter by measure type/kind, region, provider; sort by name/start/end
create index avtale_navn_idx on avtale.avtale (lower(navn));
create index avtale_tiltakskode_idx on avtale.avtale (tiltakskode);
create index avtale_avtaletype_idx on avtale.avtale (avtaletype);
create index avtale_startdato_idx on avtale.avtale (startdato);
create index avtale_sluttdato_idx on avtale.avtale (sluttdato);
create index avtale_arrangor_hovedenhet_id_idx on avtale.avtale (arrangor_hovedenhet_id);
create index avtale_arrangor_underenheter_idx on avtale.avtale using gin (arrangor_underenheter);
create index avtale_arrangor_kontaktpersoner_idx on avtale.avtale using gin (arrangor_kontaktpersoner);
create index avtale_nav_regioner_idx on avtale.avtale using gin (nav_regioner);
-- nightly job: agreements that ended but are not yet recorded as ended
create index avtale_avslutning_idx on avtale.avtale (sluttdato)
    where avslutning_registrert_at is null and avbrutt_tidspunkt is null;

create table avtale.prismodell (
    id          uuid primary key,
    avtale_id   uuid not null references avtale.avtale (id),
    type        text not null,
    beskrivelse text,
    rekkefolge  int  not null,
    constraint prismodell_type_ck check (type in ('FAST_SATS_PER_TILTAKSPLASS_PER_MANED', 'AVTALT_PRIS_PER_MANEDSVERK',
        'AVTALT_PRIS_PER_UKESVERK', 'AVTALT_PRIS_PER_TIME_OPPFOLGING', 'ANNEN_AVTALT_PRIS'))
);
create index prismodell_avtale_id_idx on avtale.prismodell (avtale_id);

create table avtale.prismodell_sats (
    prismodell_id uuid          not null references avtale.prismodell (id) on delete cascade,
    gyldig_fra    date          not null,
    belop         numeric(14,2) not null,
    constraint prismodell_sats_pk primary key (prismodell_id, gyldig_fra),
    constraint prismodell_sats_belop_ck check (belop > 0)
);

create table avtale.opsjon (
    id                uuid primary key,
    avtale_id         uuid        not null references avtale.avtale (id),
    forrige_sluttdato date        not null,
    ny_sluttdato      date        not null,
    registrert_av     text        not null,
    registrert_at     timestamptz not null
);
create index opsjon_avtale_id_idx on avtale.opsjon (avtale_id);

create table avtale.avtale_historikk (
    id        uuid primary key,
    avtale_id uuid        not null references avtale.avtale (id),
    tidspunkt timestamptz not null,
    utfort_av text        not null,
    operasjon text        not null,
    snapshot  jsonb       not null
);
create index avtale_historikk_avtale_id_idx on avtale.avtale_historikk (avtale_id, tidspunkt);
