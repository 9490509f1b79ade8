-- Enrolment history imported from the legacy system (Arena). Kept apart from deltakelse.deltakelse: a legacy row
-- names a measure type and a provider, not an implementation, has no name of the person and no places to count, and is
-- never changed by the enrolment flow (docs/adr/0007-imported-enrolment-history.md). Personal data: reads and writes
-- are audited by the services.
create table deltakelse.historisk_deltakelse
(
  -- digits: compared byte by byte ("C"), which keeps the index cheap to write in bulk
  fodselsnummer                text   collate "C" not null,
  -- the rest of the legacy enrolment's identity: md5(tiltakskode|arrangor_id|startdato) as a uuid
  nokkel                       uuid   not null,
  tiltakskode                  text   collate "C" not null,
  arrangor_id                  uuid   not null,
  arrangor_organisasjonsnummer text   not null,
  startdato                    date,
  sluttdato                    date,
  status                       text   not null,
  arena_status                 text   not null,
  -- where the row came from: the import and the line of its file
  import_id                    uuid   not null,
  linje                        bigint not null,
  -- One legacy enrolment per person, measure type, provider and start (the natural key, as the person and a
  -- fingerprint of the rest): a second import of the same rows adds nothing. The one index also serves a person's
  -- history (fodselsnummer first); a second unique index on the natural key's columns cost a third more per row.
  constraint historisk_deltakelse_pk primary key (fodselsnummer, nokkel),
  constraint historisk_deltakelse_fodselsnummer_ck check (fodselsnummer ~ '^[0-9]{11}$'),
  constraint historisk_deltakelse_datoer_ck check (sluttdato is null or startdato is null or sluttdato >= startdato),
  constraint historisk_deltakelse_status_ck check (status in ('SOKT_INN', 'VENTELISTE', 'VENTER_PA_OPPSTART', 'DELTAR',
    'FULLFORT', 'AVBRUTT', 'IKKE_AKTUELL', 'FEILREGISTRERT')),
  constraint historisk_deltakelse_arena_status_ck check (arena_status in ('AKTUELL', 'INFOMOETE', 'VENTELISTE', 'TILBUD',
    'JATAKK', 'GJENN', 'FULLF', 'DELAVB', 'GJENN_AVB', 'GJENN_AVL', 'IKKEM', 'IKKAKTUELL', 'AVSLAG', 'NEITAKK', 'FEILREG'))
);

-- One run of a file through the import. A file is known by its SHA-256: running the same file again while its import
-- is unfinished continues that import from the last committed line.
create table deltakelse.historikkimport
(
  id               uuid        primary key,
  filnavn          text        not null,
  fil_sha256       text        not null,
  fil_storrelse    bigint      not null,
  totalt_linjer    bigint      not null,
  -- the last line of the file whose rows are committed (1 = the header line: nothing yet)
  linjer_behandlet bigint      not null,
  antall_nye       bigint      not null,
  antall_fantes    bigint      not null,
  antall_ugyldige  bigint      not null,
  status           text        not null,
  startet_av       text        not null,
  startet          timestamptz not null,
  oppdatert        timestamptz not null,
  fullfort         timestamptz,
  constraint historikkimport_status_ck check (status in ('PAGAR', 'FULLFORT')),
  constraint historikkimport_sha256_ck check (fil_sha256 ~ '^[0-9a-f]{64}$')
);
-- at most one unfinished import per file
create unique index historikkimport_pagar_uk on deltakelse.historikkimport (fil_sha256) where status = 'PAGAR';
-- the administrators' list, newest first
create index historikkimport_startet_idx on deltakelse.historikkimport (startet desc, id);

-- The rows of a file that were not imported: line number and reasons (codes), never the row's content.
create table deltakelse.historikkimport_feil
(
  import_id uuid   not null references deltakelse.historikkimport (id),
  linje     bigint not null,
  arsaker   text[] not null,
  constraint historikkimport_feil_pk primary key (import_id, linje)
);
