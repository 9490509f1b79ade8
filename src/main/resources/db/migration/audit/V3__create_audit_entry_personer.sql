-- One audit entry can cover many persons: a bulk write such as an import batch records one entry whose hash covers
-- the number of persons and a SHA-256 over their sorted references (personer_hash), and the references themselves in
-- one row beside it, so "which entries concern this person" still finds it (GIN index on the array). Changing the
-- array breaks the entry's personer_hash, which AuditLog.verifiser checks. Null on entries about one person
-- (person_ref) or none. See docs/adr/0008-audit-of-bulk-writes.md.
alter table audit.audit_entry add column personer_hash text;
alter table audit.audit_entry add column antall_personer integer;
alter table audit.audit_entry add constraint audit_entry_personer_ck check (
  (personer_hash is null and antall_personer is null)
  or (personer_hash ~ '^[0-9a-f]{64}$' and antall_personer > 0 and person_ref is null));

-- No foreign key to audit_entry: the entry's personer_hash already proves that the array belongs to it unchanged,
-- and the check walks both.
create table audit.audit_entry_personer
(
  entry_id uuid   primary key,
  personer text[] not null,
  constraint audit_entry_personer_ck check (cardinality(personer) > 0)
);
-- "the entries about this person": personer @> array[person_ref]
create index audit_entry_personer_personer_idx on audit.audit_entry_personer using gin (personer);

create function audit.append_only() returns trigger
  language plpgsql as
$$
begin
  raise exception '%.% is append-only (% refused)', tg_table_schema, tg_table_name, tg_op;
end;
$$;
create trigger audit_entry_personer_no_update_delete
  before update or delete on audit.audit_entry_personer
  for each row execute function audit.append_only();
create trigger audit_entry_personer_no_truncate
  before truncate on audit.audit_entry_personer
  for each statement execute function audit.append_only();
