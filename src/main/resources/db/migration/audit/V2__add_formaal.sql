-- Why each entry was written (the purpose of the read or write). Null only for entries written before this column
-- existed; their hashes do not cover it.
alter table audit.audit_entry add column formaal text;
alter table audit.audit_entry add constraint audit_entry_formaal_ck check (formaal is null or formaal in
  ('OPPFOLGING', 'GJENNOMFORING', 'EGEN_INNSYN', 'IMPORT', 'KONTROLL', 'SYSTEM'));
