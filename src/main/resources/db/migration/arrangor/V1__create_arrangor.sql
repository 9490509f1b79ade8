create schema if not exists arrangor;

-- A provider organisation: a hovedenhet (hovedenhet_id null) or one of its underenheter.
create table arrangor.arrangor (
    id                  uuid        not null,
    organisasjonsnummer text        not null,
    navn                text        not null,
    hovedenhet_id       uuid,
    version             bigint      not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint arrangor_id_pk primary key (id),
    constraint arrangor_organisasjonsnummer_uk unique (organisasjonsnummer),
    constraint arrangor_organisasjonsnummer_ck check (organisasjonsnummer ~ '^[0-9]{9}$'),
    constraint arrangor_navn_ck check (length(btrim(navn)) between 1 and 200),
    constraint arrangor_hovedenhet_id_ck check (hovedenhet_id is null or hovedenhet_id <> id),
    constraint arrangor_hovedenhet_id_fk foreign key (hovedenhet_id) references arrangor.arrangor (id)
);

-- list sorted by name, underenheter of a hovedenhet by name
create index arrangor_navn_idx on arrangor.arrangor (lower(navn), id);
create index arrangor_hovedenhet_id_navn_idx on arrangor.arrangor (hovedenhet_id, lower(navn));

create table arrangor.kontaktperson (
    id          uuid        not null,
    arrangor_id uuid        not null,
    navn        text        not null,
    epost       text        not null,
    telefon     text,
    ansvar      text[]      not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint kontaktperson_id_pk primary key (id),
    constraint kontaktperson_arrangor_id_fk foreign key (arrangor_id) references arrangor.arrangor (id),
    constraint kontaktperson_ansvar_ck check (
        cardinality(ansvar) > 0 and ansvar <@ array['AVTALE', 'GJENNOMFORING', 'OKONOMI']::text[])
);

create index kontaktperson_arrangor_id_navn_idx on arrangor.kontaktperson (arrangor_id, lower(navn));

-- Change history of providers and their contact persons: who, when, what, snapshot after (flat field -> text).
-- kontaktperson_id is set for contact-person entries; kept after the contact person is deleted.
create table arrangor.historikk (
    id               uuid        not null,
    arrangor_id      uuid        not null,
    kontaktperson_id uuid,
    tidspunkt        timestamptz not null,
    utfort_av        text        not null,
    operasjon        text        not null,
    snapshot         jsonb       not null,
    constraint historikk_id_pk primary key (id),
    constraint historikk_operasjon_ck check (operasjon in (
        'OPPRETTET', 'ENDRET', 'KONTAKTPERSON_LAGT_TIL', 'KONTAKTPERSON_ENDRET', 'KONTAKTPERSON_SLETTET'))
);

create index historikk_arrangor_id_tidspunkt_idx on arrangor.historikk (arrangor_id, tidspunkt);
create index historikk_kontaktperson_id_tidspunkt_idx on arrangor.historikk (kontaktperson_id, tidspunkt)
    where kontaktperson_id is not null;
