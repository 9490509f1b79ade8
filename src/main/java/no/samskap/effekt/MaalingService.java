package no.samskap.effekt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.samskap.audit.AuditLog;
import no.samskap.audit.Formaal;
import no.samskap.effekt.domain.Bevis;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.effekt.persistence.KravRepository;
import no.samskap.effekt.persistence.MaalingRepository;
import no.samskap.effekt.persistence.MaalingRepository.DeltakerRad;
import no.samskap.effekt.persistence.MaalingRepository.MykMaalingRad;
import no.samskap.effekt.persistence.MaalingRepository.SjekkpunktRad;
import no.samskap.effekt.persistence.MaalingRepository.UtfallRad;
import no.samskap.effekt.persistence.MaalingRepository.VarselRad;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.tilgang.Innlogget;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measurement in outcome contracts: providers register participants, outcome events with typed evidence (one by one
 * or as a CSV import), job-retention checkpoints are scheduled from job starts with reminders before they fall due,
 * and soft outcomes are read on a 1-10 scale with the distance travelled between readings. Participants are personal
 * data: every read and write is in the audit log, in the same transaction; investors never see them.
 */
@Service
public class MaalingService {

    static final String DELTAKER = "effekt-deltaker";
    static final String UTFALL = "effekt-utfall";
    static final int MAKS_REFERANSE = 60;
    static final int MAKS_BEVISREFERANSE = 200;
    static final int MAKS_IMPORTLINJER = 10_000;
    static final List<String> CSV_KOLONNER =
            List.of("referanse", "maal", "dato", "verdi", "jobbforlop", "bevistype", "bevisreferanse");

    private final KontraktRepository kontrakter;
    private final MaalingRepository maaling;
    private final KravRepository krav;
    private final Effekttilgang tilgang;
    private final FodselsnummerRegler fodselsnummerRegler;
    private final AuditLog audit;
    private final Clock clock;

    MaalingService(KontraktRepository kontrakter, MaalingRepository maaling, KravRepository krav,
            Effekttilgang tilgang, FodselsnummerRegler fodselsnummerRegler, AuditLog audit, Clock clock) {
        this.kontrakter = kontrakter;
        this.maaling = maaling;
        this.krav = krav;
        this.tilgang = tilgang;
        this.fodselsnummerRegler = fodselsnummerRegler;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a participant (provider). A participant outside the target group is registered too — the deviations
     * are shown, and the checks reject claims for them — so a provider sees at once why someone does not count.
     *
     * @throws InvalidInput every field error (the fødselsnummer is never echoed)
     */
    @Transactional
    public UUID registrerDeltaker(RegistrerDeltaker command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevLeverandor();
        var feil = InvalidInput.collector();
        UUID leverandor = leverandor(forhold, command.leverandor(), feil);
        String referanse = Vilkaarskontroll.tekst(command.referanse());
        feil.check(referanse != null, "referanse", EffektProblem.PAAKREVD);
        feil.check(referanse == null || referanse.length() <= MAKS_REFERANSE, "referanse", EffektProblem.FOR_LANG,
                MAKS_REFERANSE);
        Fodselsnummer fnr = command.fodselsnummer() == null || command.fodselsnummer().isBlank()
                ? null
                : fodselsnummerRegler.kontroller(command.fodselsnummer(), "fodselsnummer", feil);
        feil.check(command.inntaksdato() != null, "inntaksdato", EffektProblem.PAAKREVD);
        feil.check(command.inntaksdato() == null || command.sluttdato() == null
                || !command.sluttdato().isBefore(command.inntaksdato()), "sluttdato", EffektProblem.TIL_FOR_FRA);
        String kohort = kohort(command.kohort(), feil);
        feil.throwIfAny();
        LocalDate fodselsdato = fnr != null ? fnr.fodselsdato() : command.fodselsdato();
        UUID id = UUID.randomUUID();
        var d = new DeltakerRad(id, command.kontraktId(), Objects.requireNonNull(leverandor),
                Objects.requireNonNull(referanse), fnr == null ? null : fnr.verdi(), fodselsdato,
                command.innsatsgruppe(), command.gjennomforingId(), Objects.requireNonNull(command.inntaksdato()),
                command.sluttdato(), kohort, forhold.bruker().ident(), 0);
        maaling.insert(d, clock.instant());
        audit.registrer("OPPRETT", DELTAKER, id.toString(), d.personRef(), forhold.formaal());
        return id;
    }

    /** Sets a participant's end date and cohort (the provider the participant belongs to). */
    @Transactional
    public void endreDeltaker(EndreDeltaker command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevLeverandor();
        DeltakerRad d = synligDeltaker(forhold, command.kontraktId(), command.deltakerId());
        var feil = InvalidInput.collector();
        feil.check(command.version() != null, "version", EffektProblem.VERSION_PAAKREVD);
        feil.check(command.sluttdato() == null || !command.sluttdato().isBefore(d.inntaksdato()), "sluttdato",
                EffektProblem.TIL_FOR_FRA);
        String kohort = kohort(command.kohort(), feil);
        feil.throwIfAny();
        maaling.oppdater(d.id(), command.sluttdato(), kohort, Objects.requireNonNull(command.version()),
                clock.instant());
        audit.registrer("ENDRE", DELTAKER, d.id().toString(), d.personRef(), forhold.formaal());
    }

    /** The participants the user may see (a provider its own; NAV and the evaluator all); each read is audited. */
    @Transactional
    public List<Effektdeltaker> deltakere(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        Kontraktsinnhold k = gjeldende(kontraktId);
        List<Effektdeltaker> liste = new ArrayList<>();
        for (DeltakerRad d : maaling.deltakere(kontraktId, leverandorer(forhold))) {
            audit.registrer("LES", DELTAKER, d.id().toString(), d.personRef(), forhold.formaal());
            liste.add(visning(d, k, forhold));
        }
        return liste;
    }

    /** One participant the user may see (else 404); the read is audited. */
    @Transactional
    public Effektdeltaker deltaker(UUID kontraktId, UUID deltakerId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        DeltakerRad d = synligDeltaker(forhold, kontraktId, deltakerId);
        audit.registrer("LES", DELTAKER, d.id().toString(), d.personRef(), forhold.formaal());
        return visning(d, gjeldende(kontraktId), forhold);
    }

    /**
     * Registers an outcome event (the provider of the participant). An event of a checkpoint's metric fulfils the
     * participant's earliest open checkpoint of it; an event of a metric that triggers checkpoints (a job start)
     * schedules them.
     */
    @Transactional
    public UUID registrerUtfall(RegistrerUtfall command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevLeverandor();
        Kontraktsinnhold k = kontrakter.siste(command.kontraktId()).innhold();
        var feil = InvalidInput.collector();
        feil.check(command.deltakerId() != null, "deltakerId", EffektProblem.PAAKREVD);
        feil.throwIfAny();
        DeltakerRad d = synligDeltaker(forhold, command.kontraktId(), Objects.requireNonNull(command.deltakerId()));
        UtfallRad u = utfall(k, d, command.maal(), command.dato(), command.verdi(), command.jobbforlop(),
                command.bevis() == null ? List.of() : command.bevis(), "API", "", forhold.bruker(), feil);
        feil.throwIfAny();
        lagre(u, d, k, forhold.formaal());
        return u.id();
    }

    /**
     * Imports outcome events from CSV (provider): a header line {@code referanse;maal;dato;verdi;jobbforlop;
     * bevistype;bevisreferanse} and one event per line, participants by the provider's reference. All or nothing:
     * any error in any line (reported as {@code linje[n].kolonne}) imports nothing.
     */
    @Transactional
    public Importresultat importerUtfall(UUID kontraktId, @Nullable String csv) {
        var forhold = tilgang.forhold(kontraktId).krevLeverandor();
        Kontraktsinnhold k = kontrakter.siste(kontraktId).innhold();
        var feil = InvalidInput.collector();
        List<String> linjer = csv == null ? List.of() : csv.lines().toList();
        List<String> header = linjer.isEmpty() ? List.of() : kolonner(linjer.getFirst()).stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(CSV_KOLONNER) || linjer.size() < 2 || linjer.size() > MAKS_IMPORTLINJER + 1) {
            throw new BusinessRuleViolation(EffektProblem.CSV_UGYLDIG, String.join(";", CSV_KOLONNER),
                    MAKS_IMPORTLINJER);
        }
        Map<String, DeltakerRad> perReferanse = new LinkedHashMap<>();
        maaling.deltakere(kontraktId, forhold.egneParter()).forEach(d -> perReferanse.put(d.referanse(), d));
        List<UtfallRad> nye = new ArrayList<>();
        List<DeltakerRad> hvem = new ArrayList<>();
        for (int i = 1; i < linjer.size(); i++) {
            if (linjer.get(i).isBlank()) {
                continue;
            }
            String sti = "linje[" + (i + 1) + "].";
            List<String> felt = new ArrayList<>(kolonner(linjer.get(i)));
            while (felt.size() < CSV_KOLONNER.size()) {
                felt.add("");
            }
            DeltakerRad d = perReferanse.get(felt.get(0));
            if (d == null) {
                feil.add(sti + "referanse", EffektProblem.PAAKREVD);
                continue;
            }
            LocalDate dato = dato(felt.get(2), sti + "dato", feil);
            BigDecimal verdi = tall(felt.get(3), sti + "verdi", feil);
            List<Bevisreferanse> bevis = felt.get(5).isBlank() && felt.get(6).isBlank()
                    ? List.of()
                    : List.of(new Bevisreferanse(bevistype(felt.get(5), sti + "bevistype", feil), felt.get(6)));
            UtfallRad u = utfall(k, d, felt.get(1), dato, verdi, felt.get(4), bevis, "IMPORT", sti, forhold.bruker(),
                    feil);
            nye.add(u);
            hvem.add(d);
        }
        feil.throwIfAny();
        for (int i = 0; i < nye.size(); i++) {
            lagre(nye.get(i), hvem.get(i), k, forhold.formaal());
        }
        return new Importresultat(nye.size(), nye.stream().map(UtfallRad::id).toList());
    }

    /** The outcome events the user may see, with their claims; each participant shown is an audited read. */
    @Transactional
    public List<Utfallshendelse> utfall(UUID kontraktId, @Nullable UUID deltakerId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        Map<UUID, DeltakerRad> deltakere = Maalgruppeprover.perId(maaling.deltakere(kontraktId, leverandorer(forhold)));
        if (deltakerId != null && !deltakere.containsKey(deltakerId)) {
            throw new NotFound(DELTAKER, deltakerId);
        }
        Set<UUID> utvalg = deltakerId == null ? deltakere.keySet() : Set.of(deltakerId);
        Map<UUID, UUID> kravPerUtfall = krav.kravPerUtfall(kontraktId);
        List<Utfallshendelse> liste = new ArrayList<>();
        for (UtfallRad u : maaling.utfall(kontraktId, utvalg)) {
            DeltakerRad d = Objects.requireNonNull(deltakere.get(u.deltakerId()));
            liste.add(new Utfallshendelse(u.id(), u.deltakerId(), d.referanse(), u.maal(), u.dato(), u.verdi(),
                    u.jobbforlop(), u.bevis(), u.kilde(), u.registrertAv(), u.registrert(), kravPerUtfall.get(u.id())));
        }
        auditerLesing(liste.stream().map(Utfallshendelse::deltakerId).toList(), deltakere, forhold.formaal());
        return liste;
    }

    /** One outcome event the user may see (else 404), with its claim; the read is audited. */
    @Transactional
    public Utfallshendelse ettUtfall(UUID kontraktId, UUID utfallId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        UtfallRad u = maaling.ettUtfall(kontraktId, utfallId).orElseThrow(() -> new NotFound(UTFALL, utfallId));
        DeltakerRad d = synligDeltaker(forhold, kontraktId, u.deltakerId());
        audit.registrer("LES", DELTAKER, d.id().toString(), d.personRef(), forhold.formaal());
        return new Utfallshendelse(u.id(), u.deltakerId(), d.referanse(), u.maal(), u.dato(), u.verdi(),
                u.jobbforlop(), u.bevis(), u.kilde(), u.registrertAv(), u.registrert(),
                krav.kravPerUtfall(kontraktId).get(u.id()));
    }

    /** The checkpoints the user may see (a provider its own), by due date; each participant shown is audited. */
    @Transactional
    public List<Sjekkpunktstatus> sjekkpunkter(UUID kontraktId) {
        return sjekkpunkter(kontraktId, null);
    }

    /** The checkpoints of one participant the user may see (else 404), or of all when {@code deltakerId} is null. */
    @Transactional
    public List<Sjekkpunktstatus> sjekkpunkter(UUID kontraktId, @Nullable UUID deltakerId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        Map<UUID, DeltakerRad> deltakere = Maalgruppeprover.perId(maaling.deltakere(kontraktId, leverandorer(forhold)));
        if (deltakerId != null && !deltakere.containsKey(deltakerId)) {
            throw new NotFound(DELTAKER, deltakerId);
        }
        List<Sjekkpunktstatus> liste = maaling.sjekkpunkter(kontraktId, leverandorer(forhold)).stream()
                .filter(s -> deltakere.containsKey(s.deltakerId()))
                .filter(s -> deltakerId == null || deltakerId.equals(s.deltakerId()))
                .map(s -> new Sjekkpunktstatus(s.id(), s.deltakerId(),
                        Objects.requireNonNull(deltakere.get(s.deltakerId())).referanse(), s.utlosendeUtfallId(),
                        s.antall(), Kontraktsinnhold.Tidsenhet.valueOf(s.enhet()), s.maal(), s.forfallsdato(),
                        s.varslesFra(), s.status(), s.oppfyltUtfallId()))
                .toList();
        auditerLesing(liste.stream().map(Sjekkpunktstatus::deltakerId).toList(), deltakere, forhold.formaal());
        return liste;
    }

    /** The user's notifications in the contract (a provider's own; NAV and the evaluator see all), newest first. */
    @Transactional(readOnly = true)
    public List<Effektvarsel> varsler(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        return maaling.varsler(kontraktId, leverandorer(forhold)).stream()
                .map(v -> new Effektvarsel(v.id(), v.mottakerId(), v.type(), v.referanse(), v.dato(), v.lest(),
                        v.opprettet()))
                .toList();
    }

    /** Marks one of the provider's notifications as read (404 for anyone else's). */
    @Transactional
    public void merkLest(UUID kontraktId, UUID varselId) {
        var forhold = tilgang.forhold(kontraktId).krevLeverandor();
        if (!maaling.merkLest(kontraktId, varselId, forhold.egneParter())) {
            throw new NotFound("effekt-varsel", varselId);
        }
    }

    /** Registers a soft-outcome reading (the provider of the participant). */
    @Transactional
    public UUID registrerMykMaaling(RegistrerMykMaaling command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevLeverandor();
        Kontraktsinnhold k = kontrakter.siste(command.kontraktId()).innhold();
        var feil = InvalidInput.collector();
        feil.check(command.deltakerId() != null, "deltakerId", EffektProblem.PAAKREVD);
        String skala = Vilkaarskontroll.tekst(command.skala());
        feil.check(skala != null, "skala", EffektProblem.PAAKREVD);
        feil.check(skala == null || k.skalaer().stream().anyMatch(s -> skala.equals(s.kode())), "skala",
                EffektProblem.SKALA_UKJENT);
        feil.check(command.dato() != null, "dato", EffektProblem.PAAKREVD);
        feil.check(command.dato() == null || !command.dato().isAfter(LocalDate.now(clock)), "dato",
                EffektProblem.DATO_I_FREMTIDEN);
        feil.check(command.egenvurdering() != null, "egenvurdering", EffektProblem.PAAKREVD);
        feil.check(command.egenvurdering() == null || paaSkala(command.egenvurdering()), "egenvurdering",
                EffektProblem.VURDERING_UTENFOR_SKALA);
        feil.check(command.veiledervurdering() == null || paaSkala(command.veiledervurdering()), "veiledervurdering",
                EffektProblem.VURDERING_UTENFOR_SKALA);
        feil.throwIfAny();
        DeltakerRad d = synligDeltaker(forhold, command.kontraktId(), Objects.requireNonNull(command.deltakerId()));
        UUID id = UUID.randomUUID();
        maaling.insert(new MykMaalingRad(id, command.kontraktId(), d.id(), Objects.requireNonNull(skala),
                Objects.requireNonNull(command.dato()), Objects.requireNonNull(command.egenvurdering()),
                command.veiledervurdering(), forhold.bruker().ident(), clock.instant()));
        audit.registrer("OPPRETT", "effekt-myk-maaling", id.toString(), d.personRef(), forhold.formaal());
        return id;
    }

    /** Soft outcomes per scale with each participant's distance travelled; each participant shown is audited. */
    @Transactional
    public MykeResultater mykeResultater(UUID kontraktId) {
        return mykeResultater(kontraktId, (UUID) null);
    }

    /**
     * The soft outcomes of one participant the user may see (else 404), or of all when {@code deltakerId} is null;
     * each participant shown is audited.
     */
    @Transactional
    public MykeResultater mykeResultater(UUID kontraktId, @Nullable UUID deltakerId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        Map<UUID, DeltakerRad> deltakere = Maalgruppeprover.perId(maaling.deltakere(kontraktId, leverandorer(forhold)));
        if (deltakerId != null) {
            DeltakerRad d = deltakere.get(deltakerId);
            if (d == null) {
                throw new NotFound(DELTAKER, deltakerId);
            }
            deltakere = Map.of(deltakerId, d);
        }
        MykeResultater resultater = mykeResultater(kontraktId, deltakere);
        auditerLesing(resultater.skalaer().stream()
                .flatMap(s -> s.deltakere().stream().map(MykeResultater.Deltakerforflytning::deltakerId))
                .toList(), deltakere, forhold.formaal());
        return resultater;
    }

    /** Soft outcomes of the given participants, computed (no access check, no audit: the caller decides). */
    MykeResultater mykeResultater(UUID kontraktId, Map<UUID, DeltakerRad> deltakere) {
        Kontraktsinnhold k = gjeldende(kontraktId);
        Map<String, Map<UUID, List<MykMaalingRad>>> perSkala = new LinkedHashMap<>();
        k.skalaer().forEach(s -> perSkala.put(Objects.requireNonNull(s.kode()), new LinkedHashMap<>()));
        for (MykMaalingRad m : maaling.mykeMaalinger(kontraktId, deltakere.keySet())) {
            perSkala.computeIfAbsent(m.skala(), x -> new LinkedHashMap<>())
                    .computeIfAbsent(m.deltakerId(), x -> new ArrayList<>())
                    .add(m);
        }
        List<MykeResultater.Skalaresultat> skalaer = new ArrayList<>();
        for (var e : perSkala.entrySet()) {
            String navn = k.skalaer().stream().filter(s -> e.getKey().equals(s.kode())).findFirst()
                    .map(s -> Objects.requireNonNull(s.navn())).orElse(e.getKey());
            List<MykeResultater.Deltakerforflytning> liste = new ArrayList<>();
            List<Integer> egen = new ArrayList<>();
            List<Integer> veileder = new ArrayList<>();
            for (var d : e.getValue().entrySet()) {
                var forflytning = forflytning(d.getKey(),
                        Objects.requireNonNull(deltakere.get(d.getKey())).referanse(), d.getValue());
                liste.add(forflytning);
                if (forflytning.forflytningEgen() != null) {
                    egen.add(forflytning.forflytningEgen());
                }
                if (forflytning.forflytningVeileder() != null) {
                    veileder.add(forflytning.forflytningVeileder());
                }
            }
            skalaer.add(new MykeResultater.Skalaresultat(e.getKey(), navn, liste, snitt(egen), snitt(veileder)));
        }
        return new MykeResultater(skalaer);
    }

    /**
     * The nightly reminders: open checkpoints whose reminder date has come get a reminder to their provider; those past
     * their due date become overdue with another reminder. Called by {@link SjekkpunktJobb} (and tests with a fixed
     * date); not public, so no web request can trigger it.
     *
     * @return how many reminders were sent
     */
    @Transactional
    int varsleSjekkpunkter(LocalDate idag) {
        Instant naa = clock.instant();
        int antall = 0;
        for (SjekkpunktRad s : maaling.tilVarsling(idag)) {
            boolean forfalt = s.forfallsdato().isBefore(idag);
            if (forfalt) {
                maaling.settStatus(s.id(), "FORFALT", null);
                antall += varsle(s, "SJEKKPUNKT_FORFALT", naa) ? 1 : 0;
            } else if ("PLANLAGT".equals(s.status())) {
                maaling.settStatus(s.id(), "VARSLET", naa);
                antall += varsle(s, "SJEKKPUNKT_NAERMER_SEG", naa) ? 1 : 0;
            }
        }
        return antall;
    }

    private boolean varsle(SjekkpunktRad s, String type, Instant naa) {
        return maaling.varsle(new VarselRad(UUID.randomUUID(), s.kontraktId(), s.leverandorId(), type, s.id(),
                s.forfallsdato(), false, naa));
    }

    private void lagre(UtfallRad u, DeltakerRad d, Kontraktsinnhold k, Formaal formaal) {
        maaling.insert(u);
        audit.registrer("OPPRETT", UTFALL, u.id().toString(), d.personRef(), formaal);
        maaling.oppfyll(d.id(), u.maal(), u.id());
        BigDecimal terskel = k.resultatmaal(u.maal()).map(Kontraktsinnhold.Resultatmaal::minsteVerdi).orElse(null);
        boolean naadd = terskel == null || (u.verdi() != null && u.verdi().compareTo(terskel) >= 0);
        for (var regel : k.sjekkpunkter()) {
            // a job below the metric's threshold (a 40 % job where 50 % counts) starts no retention checkpoints
            if (!u.maal().equals(regel.utlosendeMaal()) || !naadd) {
                continue;
            }
            int varselDager = Objects.requireNonNullElse(regel.varselDagerFor(), Vilkaarskontroll.STANDARD_VARSEL_DAGER);
            for (var punkt : regel.sjekkpunkter()) {
                int n = Objects.requireNonNull(punkt.antall());
                LocalDate forfall = switch (Objects.requireNonNull(punkt.enhet())) {
                    case UKER -> u.dato().plusWeeks(n);
                    case MAANEDER -> u.dato().plusMonths(n);
                };
                maaling.insert(new SjekkpunktRad(UUID.randomUUID(), u.kontraktId(), d.id(), d.leverandorId(), u.id(),
                        n, punkt.enhet().name(), punkt.maal(), forfall, forfall.minusDays(varselDager), "PLANLAGT",
                        null));
            }
        }
    }

    /** One outcome event checked field by field; errors go to {@code feil} under {@code sti}. */
    private UtfallRad utfall(
            Kontraktsinnhold k, DeltakerRad d, @Nullable String maal, @Nullable LocalDate dato,
            @Nullable BigDecimal verdi, @Nullable String jobbforlop, List<Bevisreferanse> bevis, String kilde,
            String sti, Innlogget bruker, InvalidInput.Collector feil) {
        String kode = Vilkaarskontroll.tekst(maal);
        feil.check(kode != null, sti + "maal", EffektProblem.PAAKREVD);
        feil.check(kode == null || k.resultatmaal(kode).isPresent(), sti + "maal", EffektProblem.RESULTATMAAL_UKJENT);
        feil.check(dato != null, sti + "dato", EffektProblem.PAAKREVD);
        feil.check(dato == null || !dato.isAfter(LocalDate.now(clock)), sti + "dato", EffektProblem.DATO_I_FREMTIDEN);
        feil.check(verdi == null || (verdi.stripTrailingZeros().scale() <= 4 && verdi.abs().compareTo(BigDecimal.TEN.pow(14)) < 0),
                sti + "verdi", EffektProblem.VERDI_UGYLDIG);
        String forlop = Vilkaarskontroll.tekst(jobbforlop);
        feil.check(forlop == null || forlop.length() <= MAKS_REFERANSE, sti + "jobbforlop", EffektProblem.FOR_LANG,
                MAKS_REFERANSE);
        List<Bevis> liste = new ArrayList<>();
        for (int i = 0; i < bevis.size(); i++) {
            Bevisreferanse b = bevis.get(i);
            String p = sti.isEmpty() ? "bevis[" + i + "]." : sti + "bevis";
            String referanse = Vilkaarskontroll.tekst(b.referanse());
            feil.check(b.type() != null, sti.isEmpty() ? p + "type" : sti + "bevistype", EffektProblem.PAAKREVD);
            feil.check(referanse != null, sti.isEmpty() ? p + "referanse" : sti + "bevisreferanse",
                    EffektProblem.PAAKREVD);
            feil.check(referanse == null || referanse.length() <= MAKS_BEVISREFERANSE,
                    sti.isEmpty() ? p + "referanse" : sti + "bevisreferanse", EffektProblem.FOR_LANG,
                    MAKS_BEVISREFERANSE);
            if (b.type() != null && referanse != null) {
                liste.add(new Bevis(b.type(), referanse));
            }
        }
        return new UtfallRad(UUID.randomUUID(), d.kontraktId(), d.id(), kode == null ? "" : kode,
                dato == null ? LocalDate.MIN : dato, verdi, forlop, kilde, bruker.ident(), clock.instant(), liste);
    }

    private static MykeResultater.Deltakerforflytning forflytning(
            UUID deltakerId, String referanse, List<MykMaalingRad> maalinger) {
        List<MykeResultater.Avlesning> avlesninger = new ArrayList<>();
        MykMaalingRad forrige = null;
        Integer forsteVeileder = null;
        Integer sisteVeileder = null;
        for (MykMaalingRad m : maalinger) {
            Integer endringEgen = forrige == null ? null : m.egenvurdering() - forrige.egenvurdering();
            Integer endringVeileder = forrige == null || forrige.veiledervurdering() == null
                    || m.veiledervurdering() == null
                    ? null
                    : m.veiledervurdering() - forrige.veiledervurdering();
            avlesninger.add(new MykeResultater.Avlesning(m.dato(), m.egenvurdering(), m.veiledervurdering(),
                    endringEgen, endringVeileder));
            if (m.veiledervurdering() != null) {
                forsteVeileder = forsteVeileder == null ? m.veiledervurdering() : forsteVeileder;
                sisteVeileder = m.veiledervurdering();
            }
            forrige = m;
        }
        Integer egen = maalinger.size() < 2
                ? null
                : maalinger.getLast().egenvurdering() - maalinger.getFirst().egenvurdering();
        long veiledermaalinger = maalinger.stream().filter(m -> m.veiledervurdering() != null).count();
        Integer veileder = veiledermaalinger < 2 || forsteVeileder == null || sisteVeileder == null
                ? null
                : sisteVeileder - forsteVeileder;
        return new MykeResultater.Deltakerforflytning(deltakerId, referanse, avlesninger, egen, veileder);
    }

    private static Prikket<BigDecimal> snitt(List<Integer> forflytninger) {
        BigDecimal snitt = forflytninger.isEmpty()
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(forflytninger.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(forflytninger.size()), 2, RoundingMode.HALF_EVEN);
        return Prikket.vis(snitt, forflytninger.size());
    }

    private void auditerLesing(List<UUID> deltakerIder, Map<UUID, DeltakerRad> deltakere, Formaal formaal) {
        for (UUID id : new LinkedHashSet<>(deltakerIder)) {
            DeltakerRad d = Objects.requireNonNull(deltakere.get(id));
            audit.registrer("LES", DELTAKER, id.toString(), d.personRef(), formaal);
        }
    }

    private Effektdeltaker visning(DeltakerRad d, Kontraktsinnhold k, Effekttilgang.Forhold forhold) {
        String fnr = d.fodselsnummer() == null
                ? null
                : forhold.innsyn().serAlt() ? d.fodselsnummer() : d.fodselsnummer().substring(0, 6) + "*****";
        String leverandor = k.part(d.leverandorId()).map(p -> Objects.requireNonNull(p.navn())).orElse("");
        return new Effektdeltaker(d.id(), d.leverandorId(), leverandor, d.referanse(), fnr, d.fodselsdato(),
                d.innsatsgruppe(), d.gjennomforingId(), d.inntaksdato(), d.sluttdato(), d.kohort(),
                Maalgruppeprover.avvik(d, k), d.version());
    }

    /** The participant if the user may see it, else 404 (whether it exists is not revealed). */
    DeltakerRad synligDeltaker(Effekttilgang.Forhold forhold, UUID kontraktId, UUID deltakerId) {
        return maaling.deltaker(kontraktId, deltakerId)
                .filter(d -> forhold.ser(d.leverandorId()))
                .orElseThrow(() -> new NotFound(DELTAKER, deltakerId));
    }

    /** The providers whose rows the user sees: null (all) for NAV and the evaluator. */
    static @Nullable Set<UUID> leverandorer(Effekttilgang.Forhold forhold) {
        return forhold.innsyn().serAlt() ? null : forhold.egneParter();
    }

    private Kontraktsinnhold gjeldende(UUID kontraktId) {
        return kontrakter.gjeldende(kontraktId, LocalDate.now(clock)).innhold();
    }

    /** The provider party a provider user registers for: the one given, or its only one in the contract. */
    private @Nullable UUID leverandor(Effekttilgang.Forhold forhold, @Nullable UUID gitt, InvalidInput.Collector feil) {
        if (gitt != null) {
            feil.check(forhold.egneParter().contains(gitt), "leverandor", EffektProblem.LEVERANDOR_UKJENT);
            return gitt;
        }
        if (forhold.egneParter().size() == 1) {
            return forhold.egneParter().iterator().next();
        }
        feil.add("leverandor", EffektProblem.LEVERANDOR_UKJENT);
        return null;
    }

    private static @Nullable String kohort(@Nullable String kohort, InvalidInput.Collector feil) {
        String k = Vilkaarskontroll.tekst(kohort);
        feil.check(k == null || k.length() <= MAKS_REFERANSE, "kohort", EffektProblem.FOR_LANG, MAKS_REFERANSE);
        return k;
    }

    private static boolean paaSkala(int vurdering) {
        return vurdering >= 1 && vurdering <= 10;
    }

    private static List<String> kolonner(String linje) {
        return java.util.Arrays.stream(linje.split(";", -1)).map(String::strip).toList();
    }

    /** The date, or null when blank; an unreadable date is reported here and stands in as the epoch. */
    private static @Nullable LocalDate dato(String tekst, String felt, InvalidInput.Collector feil) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (java.time.format.DateTimeParseException e) {
            feil.add(felt, EffektProblem.DATO_UGYLDIG);
            return LocalDate.EPOCH;
        }
    }

    private static @Nullable BigDecimal tall(String tekst, String felt, InvalidInput.Collector feil) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(tekst.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            feil.add(felt, EffektProblem.VERDI_UGYLDIG);
            return null;
        }
    }

    /** The evidence kind; an unknown one is reported here (and stands in as a certificate). */
    private static no.samskap.effekt.domain.@Nullable Bevistype bevistype(
            String tekst, String felt, InvalidInput.Collector feil) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return no.samskap.effekt.domain.Bevistype.valueOf(tekst.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            feil.add(felt, EffektProblem.BEVISTYPE_UGYLDIG);
            return no.samskap.effekt.domain.Bevistype.SERTIFIKAT;
        }
    }
}
