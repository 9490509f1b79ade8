-- The legacy history's key narrowed for the import's speed (docs/adr/0010-import-writes-straight-into-the-history.md):
-- the fødselsnummer as a number (its 11 digits; read back zero-padded) and the fingerprint of the rest of the natural
-- key as the first 64 bits of the same MD5 (tiltakskode|arrangor_id|startdato) the uuid held. The primary key's entries
-- shrink from 40 to 24 bytes and compare as integers. A 64-bit fingerprint can in principle collide: the import compares
-- the natural columns of every row it finds under a key and reports a collision as an invalid line (NOKKEL_KOLLISJON),
-- so no enrolment is ever taken for another.
alter table deltakelse.historisk_deltakelse drop constraint historisk_deltakelse_fodselsnummer_ck;
alter table deltakelse.historisk_deltakelse
  alter column fodselsnummer type bigint using fodselsnummer::bigint,
  alter column nokkel type bigint using ('x' || left(replace(nokkel::text, '-', ''), 16))::bit(64)::bigint;
alter table deltakelse.historisk_deltakelse
  add constraint historisk_deltakelse_fodselsnummer_ck check (fodselsnummer between 0 and 99999999999);
