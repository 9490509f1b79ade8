-- Reference data: counties and municipalities valid from 2024, NAV units from NORG2, and which NAV office serves
-- which geographic area. Read-only for the application; loaded by V2 from src/main/resources/reference/.
create schema if not exists organisasjon;

create table organisasjon.fylke
(
  fylkesnummer text primary key,
  navn         text not null,
  constraint fylke_fylkesnummer_ck check (fylkesnummer ~ '^[0-9]{2}$')
);

create table organisasjon.kommune
(
  kommunenummer text primary key,
  navn          text not null,
  navn_norsk    text not null,
  navn_samisk   text,
  fylkesnummer  text not null references organisasjon.fylke (fylkesnummer),
  constraint kommune_kommunenummer_ck check (kommunenummer ~ '^[0-9]{4}$')
);
create index kommune_fylkesnummer_navn_idx on organisasjon.kommune (fylkesnummer, navn_norsk);
create index kommune_navn_norsk_idx on organisasjon.kommune (navn_norsk);

create table organisasjon.nav_enhet
(
  enhetsnummer        text primary key,
  navn                text not null,
  type                text not null,
  region              text references organisasjon.nav_enhet (enhetsnummer),
  organisasjonsnummer text,
  aktiveringsdato     date,
  norg2_enhet_id      bigint,
  constraint nav_enhet_enhetsnummer_ck check (enhetsnummer ~ '^[0-9]{4}$'),
  constraint nav_enhet_type_ck check (type in ('FYLKE', 'LOKAL', 'TILTAK', 'ANNEN')),
  constraint nav_enhet_region_ck check (type <> 'FYLKE' or region is null)
);
create index nav_enhet_type_navn_idx on organisasjon.nav_enhet (type, navn);
create index nav_enhet_region_navn_idx on organisasjon.nav_enhet (region, navn);
create index nav_enhet_navn_idx on organisasjon.nav_enhet (navn);

-- NORG2's "geografisk tilknytning": a municipality (or a district of Oslo, Bergen, Stavanger, Trondheim, or
-- Svalbard/Jan Mayen) and the local NAV office that serves it.
create table organisasjon.geografisk_tilknytning
(
  geografisk_omraade text primary key,
  omraadetype        text not null,
  omraade_navn       text not null,
  kommunenummer      text references organisasjon.kommune (kommunenummer),
  enhetsnummer       text not null references organisasjon.nav_enhet (enhetsnummer),
  constraint geografisk_tilknytning_omraadetype_ck check (omraadetype in ('KOMMUNE', 'BYDEL', 'ANNET'))
);
create index geografisk_tilknytning_enhetsnummer_idx on organisasjon.geografisk_tilknytning (enhetsnummer, omraade_navn);
create index geografisk_tilknytning_kommunenummer_idx on organisasjon.geografisk_tilknytning (kommunenummer);
