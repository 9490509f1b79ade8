-- The persons of an entry about many persons, stored in 256 groups instead of one array with a GIN index
-- (docs/adr/0010-import-writes-straight-into-the-history.md): one row per entry and group, the group being the first
-- byte of the MD5 of the person reference (AuditHash.gruppe in Java computes the same). Looking a person up reads the
-- rows of the person's group only (b-tree on gruppe), about 1/256 of all references; writing an import batch of
-- 50,000 persons writes about 256 small rows instead of 50,000 GIN entries. The entry's hash still covers the number
-- of persons and the hash of all of them sorted, so the union of its rows must be exactly its persons, and
-- AuditLog.verifiser also checks that each person is in its group.
create temporary table audit_entry_personer_v3 on commit drop as
  select entry_id, personer from audit.audit_entry_personer;
drop table audit.audit_entry_personer;

create table audit.audit_entry_personer
(
  entry_id uuid     not null,
  gruppe   smallint not null,
  personer text[]   not null,
  constraint audit_entry_personer_pk primary key (entry_id, gruppe),
  constraint audit_entry_personer_gruppe_ck check (gruppe between 0 and 255),
  constraint audit_entry_personer_ck check (cardinality(personer) > 0)
)
-- a group's array (about 200 references for a batch of 50,000 persons) stays in the row uncompressed: compressing
-- every row more than doubled the cost of writing them, for 40 % less space
with (toast_tuple_target = 8160);
-- "the entries about this person": gruppe = AuditHash.gruppe(person) and personer @> array[person]
create index audit_entry_personer_gruppe_idx on audit.audit_entry_personer (gruppe);

insert into audit.audit_entry_personer (entry_id, gruppe, personer)
select entry_id, get_byte(decode(md5(p), 'hex'), 0), array_agg(p order by p)
from audit_entry_personer_v3, unnest(personer) as p
group by entry_id, get_byte(decode(md5(p), 'hex'), 0);

create trigger audit_entry_personer_no_update_delete
  before update or delete on audit.audit_entry_personer
  for each row execute function audit.append_only();
create trigger audit_entry_personer_no_truncate
  before truncate on audit.audit_entry_personer
  for each statement execute function audit.append_only();
