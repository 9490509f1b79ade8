-- Measure types (tiltakstyper): NAV's group measures that are bought from providers, with the agreement types they
-- may be bought under and the need categories (innsatsgrupper) that may use them. Reference data: changed only by
-- migrations.
create schema if not exists tiltak;

create table tiltak.tiltakstype
(
  tiltakskode          text primary key,
  navn                 text not null,
  arenakode            text not null,
  beskrivelse          text not null,
  del_med_bruker_tekst text not null,
  system_prismodell    text,
  constraint tiltakstype_tiltakskode_ck check (tiltakskode ~ '^[A-Z][A-Z_]*$'),
  constraint tiltakstype_arenakode_uk unique (arenakode),
  constraint tiltakstype_system_prismodell_ck check (system_prismodell in (
    'FAST_SATS_PER_TILTAKSPLASS_PER_MANED', 'AVTALT_PRIS_PER_MANEDSVERK', 'AVTALT_PRIS_PER_UKESVERK',
    'AVTALT_PRIS_PER_TIME_OPPFOLGING', 'ANNEN_AVTALT_PRIS'))
);
create index tiltakstype_navn_idx on tiltak.tiltakstype (navn);

create table tiltak.tiltakstype_avtaletype
(
  tiltakskode text not null references tiltak.tiltakstype (tiltakskode),
  avtaletype  text not null,
  constraint tiltakstype_avtaletype_pk primary key (tiltakskode, avtaletype),
  constraint tiltakstype_avtaletype_avtaletype_ck check (avtaletype in (
    'AVTALE', 'RAMMEAVTALE', 'FORHANDSGODKJENT', 'OFFENTLIG_OFFENTLIG'))
);

create table tiltak.tiltakstype_innsatsgruppe
(
  tiltakskode   text not null references tiltak.tiltakstype (tiltakskode),
  innsatsgruppe text not null,
  constraint tiltakstype_innsatsgruppe_pk primary key (tiltakskode, innsatsgruppe),
  constraint tiltakstype_innsatsgruppe_innsatsgruppe_ck check (innsatsgruppe in (
    'STANDARD_INNSATS', 'SITUASJONSBESTEMT_INNSATS', 'SPESIELT_TILPASSET_INNSATS',
    'GRADERT_VARIG_TILPASSET_INNSATS', 'VARIG_TILPASSET_INNSATS'))
);
-- the catalog filters measure types by a person's innsatsgruppe
create index tiltakstype_innsatsgruppe_innsatsgruppe_idx on tiltak.tiltakstype_innsatsgruppe (innsatsgruppe, tiltakskode);

insert into tiltak.tiltakstype (tiltakskode, navn, arenakode, system_prismodell, beskrivelse, del_med_bruker_tekst)
values
  ('ARBEIDSFORBEREDENDE_TRENING', 'Arbeidsforberedende trening', 'ARBFORB', 'FAST_SATS_PER_TILTAKSPLASS_PER_MANED',
   'Arbeidsforberedende trening (AFT) er for personer med nedsatt arbeidsevne som trenger å prøve ut og styrke '
     || 'arbeidsevnen sin i et tilrettelagt miljø. Deltakeren får arbeidstrening, opplæring og tett oppfølging, først '
     || 'hos arrangøren og så langt det er mulig i ordinære virksomheter. Målet er overgang til arbeid eller utdanning. '
     || 'Tiltaket er forhåndsgodkjent, og arrangøren får en fast statlig sats per tiltaksplass per måned.',
   'Hei! Jeg har sett på arbeidsforberedende trening (AFT) for deg. Der kan du prøve deg i arbeid med tilrettelegging '
     || 'og god oppfølging, og finne ut hva du kan jobbe med. Vil du høre mer, så ta kontakt med meg, så snakker vi om det.'),
  ('VARIG_TILRETTELAGT_ARBEID_SKJERMET', 'Varig tilrettelagt arbeid i skjermet virksomhet', 'VASV',
   'FAST_SATS_PER_TILTAKSPLASS_PER_MANED',
   'Varig tilrettelagt arbeid (VTA) gir personer som får eller snart får uføretrygd, et tilrettelagt arbeid i en '
     || 'skjermet virksomhet. Arbeidsoppgavene tilpasses den enkeltes forutsetninger, og deltakeren får opplæring og '
     || 'oppfølging. Tiltaket kan vare så lenge det er hensiktsmessig. Det er forhåndsgodkjent med fast statlig sats.',
   'Hei! Jeg har sett på varig tilrettelagt arbeid (VTA) for deg. Det er et arbeid med oppgaver som er tilpasset deg, '
     || 'i en virksomhet som er vant til å tilrettelegge. Ta kontakt med meg hvis du vil vite mer, så finner vi ut av det sammen.'),
  ('AVKLARING', 'Avklaring', 'AVKLARAG', null,
   'Avklaring kartlegger arbeidsevnen, ressursene og mulighetene til personer som er usikre på hva de kan jobbe med, '
     || 'eller som trenger hjelp til å finne riktig vei videre. Arrangøren vurderer blant annet ferdigheter, interesser, '
     || 'helse og sosiale forhold, gjerne med arbeidsutprøving. Avklaringen varer vanligvis inntil fire uker og kan '
     || 'forlenges til tolv, og ender med en rapport og anbefalinger til Nav og deltakeren.',
   'Hei! Jeg tror en avklaring kan være nyttig for deg. Der får du hjelp til å finne ut hva du kan jobbe med, hva du '
     || 'trenger for å komme i jobb, og hva som er neste steg. Ta kontakt med meg hvis du har spørsmål.'),
  ('OPPFOLGING', 'Oppfølging', 'INDOPPFAG', null,
   'Oppfølging gir individuell bistand til personer som trenger hjelp for å skaffe seg eller beholde et arbeid. '
     || 'Arrangøren hjelper med å finne en passende arbeidsplass, følger opp deltakeren og arbeidsgiveren underveis og '
     || 'bidrar med tilrettelegging. Tiltaket kan også gis etter at deltakeren har kommet i jobb.',
   'Hei! Jeg har funnet et tiltak som heter Oppfølging, som jeg tror kan passe for deg. Der får du en fast kontaktperson '
     || 'som hjelper deg med å finne jobb og følger deg opp når du har kommet i arbeid. Si fra om du vil vite mer.'),
  ('JOBBKLUBB', 'Jobbklubb', 'JOBBK', null,
   'Jobbklubb er et kort kurs i grupper for personer som er klare for arbeid, men trenger hjelp til å søke jobb. '
     || 'Deltakerne lærer å finne ledige stillinger, skrive CV og søknader og forberede seg til intervju, og de søker '
     || 'jobber aktivt mens de deltar. Gruppen gir støtte og motivasjon underveis.',
   'Hei! Jeg har funnet en jobbklubb som kan passe for deg. Der får du hjelp til å skrive CV og søknader, øve på '
     || 'jobbintervju og søke jobber sammen med andre. Gi meg beskjed om du er interessert.'),
  ('DIGITALT_OPPFOLGINGSTILTAK', 'Digitalt oppfølgingstiltak for arbeidsledige', 'DIGIOPPARB', null,
   'Digitalt oppfølgingstiltak gir arbeidsledige tett, individuell veiledning fra en jobbcoach, hovedsakelig digitalt. '
     || 'Deltakeren får hjelp til å kartlegge egne muligheter, lage en plan for jobbsøkingen og søke konkrete stillinger. '
     || 'Tiltaket passer for personer som kan nyttiggjøre seg digitale møter og verktøy.',
   'Hei! Jeg tror digitalt oppfølgingstiltak kan passe for deg. Der får du en jobbcoach som hjelper deg med å søke jobb, '
     || 'mest gjennom digitale møter. Ta kontakt med meg hvis du vil vite mer.'),
  ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'Arbeidsmarkedsopplæring (gruppe)', 'GRUPPEAMO', null,
   'Arbeidsmarkedsopplæring (AMO) i gruppe er kurs som gir kvalifikasjoner arbeidsmarkedet etterspør, for eksempel '
     || 'innen helse og omsorg, transport, bygg eller norsk med arbeidsrettet innhold. Kursene kjøpes inn for en gruppe '
     || 'deltakere og kan inneholde praksis hos arbeidsgivere. Målet er at deltakerne kommer i arbeid.',
   'Hei! Jeg har funnet et kurs (arbeidsmarkedsopplæring) som kan gi deg kompetanse som arbeidsgivere etterspør. '
     || 'Se gjerne på beskrivelsen, og gi meg beskjed om du er interessert, så ser vi på det sammen.'),
  ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'Fag- og yrkesopplæring (gruppe)', 'GRUFAGYRKE', null,
   'Fag- og yrkesopplæring i gruppe gir deltakerne opplæring på videregående nivå som fører fram til fagbrev, '
     || 'svennebrev eller kompetansebevis. Opplæringen kjøpes inn for en gruppe og kombinerer teori og praksis. '
     || 'Tiltaket passer for personer som trenger formell kompetanse for å komme i arbeid.',
   'Hei! Jeg har funnet en fag- og yrkesopplæring som kan gi deg et fagbrev eller kompetansebevis. Ta kontakt med meg '
     || 'hvis dette høres interessant ut, så snakker vi om hva det innebærer.'),
  ('ARBEIDSRETTET_REHABILITERING', 'Arbeidsrettet rehabilitering', 'ARBRRHDAG', null,
   'Arbeidsrettet rehabilitering er for personer som har helseproblemer, gjerne sammensatte, og som trenger hjelp '
     || 'for å komme i eller beholde arbeid. Tiltaket kombinerer arbeidsrettede aktiviteter med trening, mestring og '
     || 'helsefremmende tiltak, individuelt og i gruppe. Det foregår vanligvis på dagtid og varer i inntil tolv uker.',
   'Hei! Jeg tror arbeidsrettet rehabilitering kan passe for deg. Der får du hjelp til å mestre helseutfordringer og '
     || 'samtidig jobbe mot arbeid, med trening og veiledning. Ta kontakt med meg hvis du vil vite mer.');

insert into tiltak.tiltakstype_avtaletype (tiltakskode, avtaletype)
values
  ('ARBEIDSFORBEREDENDE_TRENING', 'FORHANDSGODKJENT'),
  ('VARIG_TILRETTELAGT_ARBEID_SKJERMET', 'FORHANDSGODKJENT'),
  ('AVKLARING', 'AVTALE'), ('AVKLARING', 'RAMMEAVTALE'), ('AVKLARING', 'OFFENTLIG_OFFENTLIG'),
  ('OPPFOLGING', 'AVTALE'), ('OPPFOLGING', 'RAMMEAVTALE'), ('OPPFOLGING', 'OFFENTLIG_OFFENTLIG'),
  ('JOBBKLUBB', 'AVTALE'), ('JOBBKLUBB', 'RAMMEAVTALE'), ('JOBBKLUBB', 'OFFENTLIG_OFFENTLIG'),
  ('DIGITALT_OPPFOLGINGSTILTAK', 'AVTALE'), ('DIGITALT_OPPFOLGINGSTILTAK', 'RAMMEAVTALE'),
  ('DIGITALT_OPPFOLGINGSTILTAK', 'OFFENTLIG_OFFENTLIG'),
  ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'AVTALE'), ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'RAMMEAVTALE'),
  ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'OFFENTLIG_OFFENTLIG'),
  ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'AVTALE'), ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'RAMMEAVTALE'),
  ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'OFFENTLIG_OFFENTLIG'),
  ('ARBEIDSRETTET_REHABILITERING', 'AVTALE'), ('ARBEIDSRETTET_REHABILITERING', 'RAMMEAVTALE'),
  ('ARBEIDSRETTET_REHABILITERING', 'OFFENTLIG_OFFENTLIG');

insert into tiltak.tiltakstype_innsatsgruppe (tiltakskode, innsatsgruppe)
values
  ('ARBEIDSFORBEREDENDE_TRENING', 'SPESIELT_TILPASSET_INNSATS'),
  ('ARBEIDSFORBEREDENDE_TRENING', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('ARBEIDSFORBEREDENDE_TRENING', 'VARIG_TILPASSET_INNSATS'),
  ('VARIG_TILRETTELAGT_ARBEID_SKJERMET', 'VARIG_TILPASSET_INNSATS'),
  ('AVKLARING', 'SITUASJONSBESTEMT_INNSATS'),
  ('AVKLARING', 'SPESIELT_TILPASSET_INNSATS'),
  ('AVKLARING', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('AVKLARING', 'VARIG_TILPASSET_INNSATS'),
  ('OPPFOLGING', 'SITUASJONSBESTEMT_INNSATS'),
  ('OPPFOLGING', 'SPESIELT_TILPASSET_INNSATS'),
  ('OPPFOLGING', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('OPPFOLGING', 'VARIG_TILPASSET_INNSATS'),
  ('JOBBKLUBB', 'STANDARD_INNSATS'),
  ('JOBBKLUBB', 'SITUASJONSBESTEMT_INNSATS'),
  ('JOBBKLUBB', 'SPESIELT_TILPASSET_INNSATS'),
  ('JOBBKLUBB', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('DIGITALT_OPPFOLGINGSTILTAK', 'SITUASJONSBESTEMT_INNSATS'),
  ('DIGITALT_OPPFOLGINGSTILTAK', 'SPESIELT_TILPASSET_INNSATS'),
  ('DIGITALT_OPPFOLGINGSTILTAK', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'STANDARD_INNSATS'),
  ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'SITUASJONSBESTEMT_INNSATS'),
  ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'SPESIELT_TILPASSET_INNSATS'),
  ('GRUPPE_ARBEIDSMARKEDSOPPLAERING', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'STANDARD_INNSATS'),
  ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'SITUASJONSBESTEMT_INNSATS'),
  ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'SPESIELT_TILPASSET_INNSATS'),
  ('GRUPPE_FAG_OG_YRKESOPPLAERING', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('ARBEIDSRETTET_REHABILITERING', 'SITUASJONSBESTEMT_INNSATS'),
  ('ARBEIDSRETTET_REHABILITERING', 'SPESIELT_TILPASSET_INNSATS'),
  ('ARBEIDSRETTET_REHABILITERING', 'GRADERT_VARIG_TILPASSET_INNSATS'),
  ('ARBEIDSRETTET_REHABILITERING', 'VARIG_TILPASSET_INNSATS');
