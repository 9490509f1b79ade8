-- The audit log: who read or changed which person's data, when and why. Append-only, and hash-chained: each entry's
-- hash covers its content and the previous entry's hash, so changing or removing a row breaks the chain
-- (AuditLog.verifiser finds the first broken entry).
create schema if not exists audit;

create table audit.audit_entry
(
  id           uuid primary key,
  sekvens      bigint      not null,
  tidspunkt    timestamptz not null,
  utfort_av    text        not null,
  rolle        text        not null,
  handling     text        not null,
  ressurs_type text        not null,
  ressurs_id   text        not null,
  person_ref   text,
  forrige_hash text        not null,
  hash         text        not null,
  constraint audit_entry_sekvens_uk unique (sekvens),
  constraint audit_entry_sekvens_ck check (sekvens > 0),
  constraint audit_entry_hash_ck check (hash ~ '^[0-9a-f]{64}$' and forrige_hash ~ '^[0-9a-f]{64}$')
);
-- "who has looked at this person's data" and "what happened to this resource", newest first
create index audit_entry_person_ref_tidspunkt_idx on audit.audit_entry (person_ref, tidspunkt desc) where person_ref is not null;
create index audit_entry_ressurs_type_ressurs_id_tidspunkt_idx on audit.audit_entry (ressurs_type, ressurs_id, tidspunkt desc);

-- Append-only for everyone who does not switch off triggers (which needs superuser rights).
create function audit.audit_entry_append_only() returns trigger
  language plpgsql as
$$
begin
  raise exception 'audit.audit_entry is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_entry_no_update_delete
  before update or delete on audit.audit_entry
  for each row execute function audit.audit_entry_append_only();
create trigger audit_entry_no_truncate
  before truncate on audit.audit_entry
  for each statement execute function audit.audit_entry_append_only();
