-- The lookups one catalog search executes besides the list and count statements, as the statement log of
-- bench/run shows them (target/bench/statements-api.txt). Copied into every pgbench script. Keep in step.
-- no.samskap.tiltak.persistence.TiltakstypeQueries.list(null): all measure types, for checking the tiltakskode
-- parameters (KatalogService.tolk).
select t.tiltakskode, t.navn, t.arenakode, t.beskrivelse, t.del_med_bruker_tekst, t.system_prismodell, array(select a.avtaletype from tiltak.tiltakstype_avtaletype a where a.tiltakskode = t.tiltakskode) as avtaletyper, array(select i.innsatsgruppe from tiltak.tiltakstype_innsatsgruppe i where i.tiltakskode = t.tiltakskode) as innsatsgrupper from tiltak.tiltakstype t order by t.navn collate "nb-NO-x-icu";
