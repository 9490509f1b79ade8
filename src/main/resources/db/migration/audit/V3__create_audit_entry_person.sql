-- One audit entry can cover many persons: a bulk write such as an import batch records one entry whose hash covers
-- the number of persons and a SHA-256 over their sorted references (personer_hash), and one row per person here, so
-- "which entries concern this person" still finds it. Changing or removing a person row breaks the entry's
-- personer_hash, which AuditLog.verifiser checks. Null on entries about one person (person_ref) or none.
alter table audit.audit_entry add column personer_hash text;
alter table audit.audit_entry add column antall_personer integer;
alter table audit.audit_entry add constraint audit_entry_personer_ck check (
  (personer_hash is null and antall_personer is null)
  or (personer_hash ~ '^[0-9a-f]{64}$' and antall_personer > 0 and person_ref is null));

-- No foreign key to audit_entry: the rows are written in bulk (COPY) in the entry's transaction, and the entry's
-- personer_hash already proves that the set is complete and unchanged.
create table audit.audit_entry_person
(
  person_ref text not null,
  entry_id   uuid not null,
  constraint audit_entry_person_pk primary key (person_ref, entry_id)
);
-- verifying an entry reads its persons
create index audit_entry_person_entry_id_idx on audit.audit_entry_person (entry_id);

create function audit.append_only() returns trigger
  language plpgsql as
$$
begin
  raise exception '%.% is append-only (% refused)', tg_table_schema, tg_table_name, tg_op;
end;
$$;
create trigger audit_entry_person_no_update_delete
  before update or delete on audit.audit_entry_person
  for each row execute function audit.append_only();
create trigger audit_entry_person_no_truncate
  before truncate on audit.audit_entry_person
  for each statement execute function audit.append_only();
