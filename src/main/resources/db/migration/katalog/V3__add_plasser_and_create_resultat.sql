-- Free places and waiting list in the catalog, kept in step from deltakelse.PlasserEndret in the enrolling
-- transaction (KatalogEventListener) and read from deltakelse.Plassoversikt on a rebuild.
alter table katalog.oppforing
  add column plasser_opptatt integer not null default 0,
  add column venteliste      integer not null default 0,
  add constraint oppforing_plasser_opptatt_ck check (plasser_opptatt >= 0),
  add constraint oppforing_venteliste_ck check (venteliste >= 0);
-- Rows written before this migration have no counts: empty the read model (derived data only), so the start-up check
-- (KatalogOppstart) finds it out of step and rebuilds it with the counts from deltakelse.
delete from katalog.oppforing;

-- Results of ended enrolments per implementation, for counsellors choosing a measure ("12 har avsluttet, 8 har
-- fullført, 3 fikk jobb"), counted from deltakelse.DeltakelseEnded by an asynchronous listener through the event
-- publication log. Kept apart from katalog.oppforing: a rebuild of the read model does not touch it.
create table katalog.resultat (
  gjennomforing_id uuid        not null,
  avsluttet        integer     not null,
  fullfort         integer     not null,
  fatt_jobb        integer     not null,
  updated_at       timestamptz not null,
  constraint resultat_gjennomforing_id_pk primary key (gjennomforing_id),
  constraint resultat_antall_ck check (avsluttet >= 0 and fullfort >= 0 and fatt_jobb >= 0)
);

-- The events the results listener has applied (by the event's hendelseId), written in the same transaction as the
-- count: an event delivered again (a resubmission after a crash between commit and completion) changes nothing.
create table katalog.behandlet_hendelse (
  hendelse_id uuid        not null,
  behandlet   timestamptz not null,
  constraint behandlet_hendelse_hendelse_id_pk primary key (hendelse_id)
);
