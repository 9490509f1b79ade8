-- The demo data loader's own state: one row per data set that has been loaded. Written in the same transaction as the
-- data, so a start that fails half-way leaves no marker (and no data) and the next start loads again.
create schema if not exists demo;

create table demo.demo_marker
(
  name       text primary key,
  created_at timestamptz not null,
  created_by text        not null
);
