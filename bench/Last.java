import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark's load runner and pgbench script writer. Single-file program, no dependencies, JDK 25:
 *
 * <pre>
 * java bench/Last.java last --modus api|html --base http://localhost:8083 --brukere 50 --sekunder 30 --oppvarming 10
 *                           --kontorer target/bench/data/kontorer.csv [--resultat fil.properties] [--seed 7]
 *                           [--signal fil] (written when the measured part begins) [--tenketid ms]
 * java bench/Last.java pgbench --kontorer target/bench/data/kontorer.csv --katalog target/bench/pgbench
 * </pre>
 *
 * <p>{@code last}: N simulated counsellors, each in a closed loop without think time (a saturation test: real
 * counsellors pause between searches; {@code --tenketid} adds an exponential pause with that mean), pick a random realistic filter ({@link Filter#trekk}) and request the catalog:
 * {@code api} = {@code GET /api/v1/katalog?...} with HTTP Basic {@code veileder:demo} on every request (the API is
 * stateless), {@code html} = {@code GET /katalog?...} in a session per counsellor (form login first: GET /login, the
 * hidden {@code _csrf}, POST /login). The warm-up is run but not counted; then every request that completes in the
 * measured window is counted and its latency recorded (all of them, sorted for the percentiles); no new request
 * starts after the window. Any status other than 200 is an error.
 *
 * <p>{@code pgbench}: writes pgbench scripts with the SQL statements one catalog search executes, in the same mix of
 * filter combinations as {@code last} (sampled from {@link Filter#trekk}), one script per combination with its
 * weight, the values (office, word, page, ...) drawn by pgbench with {@code random()}. The statements are copied from
 * the katalog module's {@code no.samskap.katalog.persistence.KatalogQueries} (list and count) and the per-request
 * lookup of the measure types ({@code no.samskap.tiltak.persistence.TiltakstypeQueries}); keep them in step.
 */
public class Last {

    // ---------------------------------------------------------------------------------------------------------------
    // What counsellors search for

    /** Search words and phrases counsellors type: measure words in several inflections, trades, groups, places. */
    static final List<String> SOKEORD = List.of(
            "oppfølging", "oppfølgingen", "arbeidstrening", "kvalifisering", "jobbklubb", "avklaring",
            "arbeidsforberedende trening", "AFT", "VTA", "varig tilrettelagt arbeid", "arbeidsrettet rehabilitering",
            "jobbcoach", "digital oppfølging", "CV", "jobbintervju", "jobbsøking", "norsk", "norskopplæring",
            "språk", "unge", "ungdom", "psykisk helse", "rus", "helse", "lager", "logistikk", "truck", "truckførerkurs",
            "butikk", "renhold", "kantine", "kokk", "helsefagarbeider", "barnehage", "bygg", "anlegg", "transport",
            "sjåfør", "hotell", "kundeservice", "IT", "sveising", "verksted", "gjenbruk", "fagbrev", "praksis",
            "praksisplass", "arbeidsutprøving", "tilrettelegging", "mestring", "deltid", "tolk", "fysisk trening",
            "supported employment", "oppfølging unge", "arbeidstrening lager", "kurs helse", "norsk arbeidspraksis",
            "jobbklubb unge", "oppfølging psykisk helse", "Bergen", "Tromsø", "Trondheim", "Drammen", "Stavanger",
            "Oslo", "Kristiansand", "Bodø", "Fredrikstad", "Hamar", "Ålesund", "Grünerløkka", "Alta",
            "kvalifiseringsløp", "veiledning", "sluttrapport", "lærlingplass", "førerkort");

    static final List<String> INNSATSGRUPPER = List.of(
            "STANDARD_INNSATS", "SITUASJONSBESTEMT_INNSATS", "SPESIELT_TILPASSET_INNSATS",
            "GRADERT_VARIG_TILPASSET_INNSATS", "VARIG_TILPASSET_INNSATS");

    static final List<String> TILTAKSKODER = List.of(
            "OPPFOLGING", "GRUPPE_ARBEIDSMARKEDSOPPLAERING", "AVKLARING", "JOBBKLUBB", "ARBEIDSFORBEREDENDE_TRENING",
            "VARIG_TILRETTELAGT_ARBEID_SKJERMET", "ARBEIDSRETTET_REHABILITERING", "DIGITALT_OPPFOLGINGSTILTAK",
            "GRUPPE_FAG_OG_YRKESOPPLAERING");

    static final int STORRELSE = 20;

    record Kontor(String enhetsnummer, String region) {}

    /**
     * One search. {@code kontorer}: 0 = all offices, 1 = own office, 2 = own office and region (the page's default).
     * {@code sortering} null = the default (RELEVANS with free text, else NAVN).
     */
    record Filter(int kontorer, Kontor kontor, String q, String innsatsgruppe, List<String> tiltakskoder,
            boolean apent, String oppstartstype, boolean startperiode, String sortering, int side) {

        /**
         * The mix: mostly the counsellor's office and region, half the searches with a word, some with a need
         * category, a measure type, open for enrolment; page 1 mostly, sometimes 2–3.
         */
        static Filter trekk(Random r, Kontor kontor) {
            int k = r.nextInt(100);
            int kontorer = k < 85 ? 2 : k < 95 ? 1 : 0;
            String q = r.nextBoolean() ? SOKEORD.get(r.nextInt(SOKEORD.size())) : null;
            String innsatsgruppe = r.nextInt(100) < 30 ? INNSATSGRUPPER.get(r.nextInt(INNSATSGRUPPER.size())) : null;
            int t = r.nextInt(100);
            List<String> koder = t < 20 ? List.of(TILTAKSKODER.get(r.nextInt(TILTAKSKODER.size())))
                    : t < 25 ? TILTAKSKODER.subList(0, 2) : List.of();
            if (t >= 20 && t < 25) {
                int a = r.nextInt(TILTAKSKODER.size());
                int b = (a + 1 + r.nextInt(TILTAKSKODER.size() - 1)) % TILTAKSKODER.size();
                koder = List.of(TILTAKSKODER.get(a), TILTAKSKODER.get(b));
            }
            boolean apent = r.nextInt(100) < 25;
            String oppstart = r.nextInt(100) < 5 ? (r.nextBoolean() ? "LOPENDE" : "FELLES") : null;
            boolean periode = r.nextInt(100) < 5;
            int s = r.nextInt(100);
            String sortering = q != null ? (s < 80 ? null : s < 90 ? "NAVN" : "STARTDATO")
                    : (s < 70 ? null : s < 90 ? "STARTDATO" : "TILTAKSTYPE");
            int p = r.nextInt(100);
            int side = p < 80 ? 1 : p < 92 ? 2 : 3;
            return new Filter(kontorer, kontor, q, innsatsgruppe, koder, apent, oppstart, periode, sortering, side);
        }

        String sporring(LocalDate idag) {
            var p = new ArrayList<String>();
            if (q != null) {
                p.add("q=" + enc(q));
            }
            if (innsatsgruppe != null) {
                p.add("innsatsgruppe=" + innsatsgruppe);
            }
            if (kontorer >= 1) {
                p.add("navEnhet=" + kontor.enhetsnummer());
            }
            if (kontorer == 2) {
                p.add("navEnhet=" + kontor.region());
            }
            tiltakskoder.forEach(k -> p.add("tiltakskode=" + k));
            if (apent) {
                p.add("apentForPamelding=true");
            }
            if (oppstartstype != null) {
                p.add("oppstartstype=" + oppstartstype);
            }
            if (startperiode) {
                p.add("startFra=" + idag);
                p.add("startTil=" + idag.plusDays(90));
            }
            if (sortering != null) {
                p.add("sortering=" + sortering);
            }
            if (side > 1) {
                p.add("side=" + side);
            }
            if (p.isEmpty()) {
                // an empty query string would redirect the page to the default filter; "all offices" is explicit
                p.add("side=1");
            }
            return String.join("&", p);
        }

        /** The filter combination: what makes the SQL text differ (not the values). */
        String form() {
            return "kontorer=" + kontorer + " q=" + (q != null) + " innsatsgruppe=" + (innsatsgruppe != null)
                    + " tiltakskoder=" + tiltakskoder.size() + " apent=" + apent + " oppstart=" + (oppstartstype != null)
                    + " periode=" + startperiode + " sortering=" + effektivSortering();
        }

        String effektivSortering() {
            return sortering != null ? sortering : q != null ? "RELEVANS" : "NAVN";
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: java bench/Last.java last|pgbench|pgbench-sammendrag|forklar ...");
        }
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (args[0].equals("pgbench-sammendrag")) {
            pgbenchSammendrag(o);
            return;
        }
        if (args[0].equals("forklar")) {
            forklar(o);
            return;
        }
        List<Kontor> kontorer = lesKontorer(Path.of(o.getOrDefault("kontorer", "target/bench/data/kontorer.csv")));
        switch (args[0]) {
            case "last" -> new Last(o, kontorer).kjor();
            case "pgbench" -> skrivPgbench(o, kontorer);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static List<Kontor> lesKontorer(Path fil) throws IOException {
        return Files.readAllLines(fil, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split(","))
                .map(f -> new Kontor(f[0], f[2]))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The load

    final String modus;
    final String base;
    final int brukere;
    final int sekunder;
    final int oppvarming;
    final long seed;
    final List<Kontor> kontorer;
    final Path resultat;
    final Path signal;
    final long tenketidMs;
    final LocalDate idag = LocalDate.now(ZoneId.of("Europe/Oslo"));
    final Map<String, AtomicLong> feil = new ConcurrentHashMap<>();
    final List<String> feileksempler = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicLong uTelling = new AtomicLong();
    final AtomicLong svarMedTotalt = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    Last(Map<String, String> o, List<Kontor> kontorer) {
        this.modus = o.getOrDefault("modus", "api");
        this.base = o.getOrDefault("base", "http://localhost:8083");
        this.brukere = Integer.parseInt(o.getOrDefault("brukere", "50"));
        this.sekunder = Integer.parseInt(o.getOrDefault("sekunder", "30"));
        this.oppvarming = Integer.parseInt(o.getOrDefault("oppvarming", "10"));
        this.seed = Long.parseLong(o.getOrDefault("seed", "7"));
        this.kontorer = kontorer;
        this.resultat = o.containsKey("resultat") ? Path.of(o.get("resultat")) : null;
        this.signal = o.containsKey("signal") ? Path.of(o.get("signal")) : null;
        this.tenketidMs = Long.parseLong(o.getOrDefault("tenketid", "0"));
        if (!modus.equals("api") && !modus.equals("html")) {
            throw new IllegalArgumentException("--modus api|html");
        }
    }

    /** One counsellor: its own client (connection, cookies), its own office, its recorded latencies. */
    final class Veileder {

        final int nr;
        final Random r;
        final Kontor kontor;
        final HttpClient http;
        long[] latenser = new long[4096];
        int antall;
        String basic = "Basic " + Base64.getEncoder().encodeToString("veileder:demo".getBytes(StandardCharsets.UTF_8));

        Veileder(int nr) {
            this.nr = nr;
            this.r = new Random(seed * 1_000_003L + nr);
            this.kontor = kontorer.get(r.nextInt(kontorer.size()));
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        void loggInn() throws IOException, InterruptedException {
            var side = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                    .matcher(side.body());
            if (side.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("login page: status " + side.statusCode() + ", no _csrf field");
            }
            String csrf = m.group(1) != null ? m.group(1) : m.group(2);
            String skjema = "username=veileder&password=demo&_csrf=" + enc(csrf);
            var svar = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(skjema))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String til = svar.headers().firstValue("Location").orElse("");
            if (svar.statusCode() != 302 || til.contains("error")) {
                throw new IllegalStateException("login: status " + svar.statusCode() + " to " + til);
            }
        }

        void kjor(long maleFra, long slutt) {
            while (true) {
                long t0 = System.nanoTime();
                if (t0 >= slutt) {
                    return;
                }
                Filter f = Filter.trekk(r, kontor);
                String url = base + (modus.equals("api") ? "/api/v1/katalog?" : "/katalog?") + f.sporring(idag);
                var req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
                if (modus.equals("api")) {
                    req.header("Authorization", basic).header("Accept", "application/json");
                } else {
                    req.header("Accept", "text/html");
                }
                int status;
                String kropp;
                try {
                    var svar = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
                    status = svar.statusCode();
                    kropp = svar.body();
                } catch (IOException e) {
                    status = -1;
                    kropp = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long t1 = System.nanoTime();
                if (tenketidMs > 0) {
                    // think time: exponential with the given mean (at most five times it), as a counsellor reads
                    long pause = (long) Math.min(5.0 * tenketidMs, -Math.log(1 - r.nextDouble()) * tenketidMs);
                    try {
                        Thread.sleep(Math.max(0, Math.min(pause, (slutt - System.nanoTime()) / 1_000_000)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                // counted: the requests that complete in the measured window (as pgbench -T counts transactions)
                if (t1 < maleFra || t1 > slutt) {
                    continue;
                }
                if (antall == latenser.length) {
                    latenser = Arrays.copyOf(latenser, antall * 2);
                }
                latenser[antall++] = t1 - t0;
                bytes.addAndGet(kropp.length());
                if (status != 200) {
                    feil.computeIfAbsent(status == -1 ? "I/O" : String.valueOf(status), s -> new AtomicLong())
                            .incrementAndGet();
                    if (feileksempler.size() < 5) {
                        feileksempler.add(status + " " + url + " -> "
                                + kropp.substring(0, Math.min(300, kropp.length())).replaceAll("\\s+", " "));
                    }
                } else if (modus.equals("api") && f.side() == 1) {
                    // the service skips the count statement when page 1 is not full: how often that happens
                    Matcher m = TOTALT.matcher(kropp);
                    if (m.find()) {
                        svarMedTotalt.incrementAndGet();
                        if (Long.parseLong(m.group(1)) < STORRELSE) {
                            uTelling.incrementAndGet();
                        }
                    }
                }
            }
        }
    }

    static final Pattern TOTALT = Pattern.compile("\"totalt\"\\s*:\\s*(\\d+)");

    void kjor() throws Exception {
        var veiledere = new ArrayList<Veileder>();
        for (int i = 0; i < brukere; i++) {
            veiledere.add(new Veileder(i));
        }
        if (modus.equals("html")) {
            for (Veileder v : veiledere) {
                v.loggInn();
            }
        }
        long start = System.nanoTime();
        long maleFra = start + oppvarming * 1_000_000_000L;
        long slutt = maleFra + sekunder * 1_000_000_000L;
        var ferdig = new CountDownLatch(brukere);
        for (Veileder v : veiledere) {
            Thread.ofPlatform().name("veileder-" + v.nr).start(() -> {
                try {
                    v.kjor(maleFra, slutt);
                } finally {
                    ferdig.countDown();
                }
            });
        }
        if (signal != null) {
            // tells bench/run when the measured part begins (after the logins and the warm-up)
            Thread.sleep(Math.max(0, (maleFra - System.nanoTime()) / 1_000_000));
            Files.writeString(signal, "maler\n", StandardCharsets.UTF_8);
        }
        ferdig.await();
        int n = veiledere.stream().mapToInt(v -> v.antall).sum();
        long[] alle = new long[n];
        int i = 0;
        for (Veileder v : veiledere) {
            System.arraycopy(v.latenser, 0, alle, i, v.antall);
            i += v.antall;
        }
        Arrays.sort(alle);
        long feilTotalt = feil.values().stream().mapToLong(AtomicLong::get).sum();
        var r = new LinkedHashMap<String, String>();
        r.put("modus", modus);
        r.put("brukere", String.valueOf(brukere));
        r.put("sekunder", String.valueOf(sekunder));
        r.put("oppvarming", String.valueOf(oppvarming));
        r.put("tenketid_ms", String.valueOf(tenketidMs));
        r.put("foresporsler", String.valueOf(n));
        r.put("feil", String.valueOf(feilTotalt));
        r.put("feil_per_status", new TreeMap<>(feil).toString());
        r.put("gjennomstromning", String.format(Locale.ROOT, "%.1f", n / (double) sekunder));
        r.put("p50_ms", ms(persentil(alle, 0.50)));
        r.put("p95_ms", ms(persentil(alle, 0.95)));
        r.put("p99_ms", ms(persentil(alle, 0.99)));
        r.put("maks_ms", ms(n == 0 ? 0 : alle[n - 1]));
        r.put("snitt_ms", ms(n == 0 ? 0 : Arrays.stream(alle).sum() / n));
        r.put("snitt_bytes", String.valueOf(n == 0 ? 0 : bytes.get() / n));
        // the load generator shares the machine: its own CPU time over the whole run (warm-up included)
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        r.put("last_cpu_s", String.format(Locale.ROOT, "%.1f", os.getProcessCpuTime() / 1e9));
        if (modus.equals("api")) {
            r.put("side1_uten_telling", uTelling.get() + "/" + svarMedTotalt.get());
        }
        var ut = new StringBuilder();
        r.forEach((k, v) -> ut.append(k).append('=').append(v).append('\n'));
        for (String e : feileksempler) {
            ut.append("# feil: ").append(e).append('\n');
        }
        System.out.print(ut);
        if (resultat != null) {
            Files.writeString(resultat, ut.toString(), StandardCharsets.UTF_8);
        }
    }

    static long persentil(long[] sortert, double q) {
        if (sortert.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sortert.length) - 1;
        return sortert[Math.max(0, Math.min(sortert.length - 1, i))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // pgbench: the same statements, straight against PostgreSQL

    /**
     * The catalog's SQL fragments, read from the katalog module's source ({@code KatalogQueries}, same constant names)
     * when the benchmark starts, so pgbench always runs the statements the application runs.
     */
    static final class KatalogSql {

        static final Path KILDE = Path.of("src/main/java/no/samskap/katalog/persistence/KatalogQueries.java");
        private static final Map<String, String> FRA_KILDEN = les(KILDE);

        static final String SYNLIGE = fragment("SYNLIGE");
        static final String FRITEKST = fragment("FRITEKST");
        static final String INNSATSGRUPPE = fragment("INNSATSGRUPPE");
        static final String NAV_ENHETER = fragment("NAV_ENHETER");
        static final String TILTAKSKODER = fragment("TILTAKSKODER");
        static final String APENT_FOR_PAMELDING = fragment("APENT_FOR_PAMELDING");
        static final String OPPSTARTSTYPE = fragment("OPPSTARTSTYPE");
        static final String START_FRA = fragment("START_FRA");
        static final String START_TIL = fragment("START_TIL");
        static final String TELL = fragment("TELL");
        static final String KOLONNER = fragment("KOLONNER");
        static final String MARKERT_MED_FRITEKST = fragment("MARKERT_MED_FRITEKST");
        static final String MARKERT_UTEN_FRITEKST = fragment("MARKERT_UTEN_FRITEKST");
        static final String RELEVANS = fragment("RELEVANS");
        static final String NAVN = fragment("NAVN");
        static final String STARTDATO = fragment("STARTDATO");
        static final String TILTAKSTYPE = fragment("TILTAKSTYPE");
        static final String SIDE = fragment("SIDE");

        /** The {@code static final String} constants of a Java source file, evaluated as javac would. */
        static Map<String, String> les(Path kilde) {
            Pattern konstant = Pattern.compile(
                    "static final String (\\w+)\\s*=\\s*(\"\"\"\\n([\\s\\S]*?)\"\"\"|\"((?:[^\"\\\\]|\\\\.)*)\")\\s*;");
            try {
                Map<String, String> konstanter = new LinkedHashMap<>();
                Matcher m = konstant.matcher(Files.readString(kilde));
                while (m.find()) {
                    String verdi = m.group(3) != null ? m.group(3).stripIndent() : m.group(4);
                    konstanter.put(m.group(1), verdi.translateEscapes());
                }
                return konstanter;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the catalog's SQL from " + kilde, e);
            }
        }

        private static String fragment(String navn) {
            String sql = FRA_KILDEN.get(navn);
            if (sql == null) {
                throw new IllegalStateException(KILDE + " has no constant " + navn + ": update bench/Last.java");
            }
            return sql;
        }

        static String vilkar(Filter f) {
            var sql = new StringBuilder();
            if (f.q() != null) {
                sql.append(FRITEKST);
            }
            if (f.innsatsgruppe() != null) {
                sql.append(INNSATSGRUPPE);
            }
            if (f.kontorer() > 0) {
                sql.append(NAV_ENHETER);
            }
            if (!f.tiltakskoder().isEmpty()) {
                sql.append(TILTAKSKODER);
            }
            if (f.apent()) {
                sql.append(APENT_FOR_PAMELDING);
            }
            if (f.oppstartstype() != null) {
                sql.append(OPPSTARTSTYPE);
            }
            if (f.startperiode()) {
                sql.append(START_FRA).append(START_TIL);
            }
            return sql.toString();
        }

        static String rekkefolge(Filter f) {
            return switch (f.effektivSortering()) {
                case "RELEVANS" -> RELEVANS;
                case "NAVN" -> NAVN;
                case "STARTDATO" -> STARTDATO;
                default -> TILTAKSTYPE;
            };
        }
    }

    /**
     * Writes up to 128 scripts (pgbench takes at most 128), one per filter combination, with weights from 200,000
     * draws of {@link Filter#trekk}; the combinations left out (rare ones) are reported. In each script pgbench draws
     * the values: an office (and its region) from the same list as the load, a search word, a need category, measure
     * types, the page (1 in 80 %, 2 in 12 %, 3 in 8 %).
     */
    static void skrivPgbench(Map<String, String> o, List<Kontor> kontorer) throws IOException {
        Path dir = Path.of(o.getOrDefault("katalog", "target/bench/pgbench"));
        String oppslag = o.containsKey("oppslag") ? Files.readString(Path.of(o.get("oppslag"))) : "";
        Files.createDirectories(dir);
        try (var filer = Files.list(dir)) {
            for (Path p : filer.toList()) {
                Files.delete(p);
            }
        }
        var r = new Random(11);
        Map<String, Filter> eksempel = new LinkedHashMap<>();
        Map<String, Integer> antall = new LinkedHashMap<>();
        int trekk = 200_000;
        for (int i = 0; i < trekk; i++) {
            Filter f = Filter.trekk(r, kontorer.get(r.nextInt(kontorer.size())));
            eksempel.putIfAbsent(f.form(), f);
            antall.merge(f.form(), 1, Integer::sum);
        }
        var former = antall.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        int med = Math.min(128, former.size());
        long dekket = former.subList(0, med).stream().mapToLong(Map.Entry::getValue).sum();
        String idag = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        String kontorListe = kontorer.stream().map(k -> "'" + k.enhetsnummer() + "'").collect(Collectors.joining(","));
        String regionListe = kontorer.stream().map(k -> "'" + k.region() + "'").collect(Collectors.joining(","));
        String ordListe = SOKEORD.stream().map(s -> "'" + s.replace("'", "''") + "'").collect(Collectors.joining(","));
        String gruppeListe = INNSATSGRUPPER.stream().map(s -> "'" + s + "'").collect(Collectors.joining(","));
        String kodeListe = TILTAKSKODER.stream().map(s -> "'" + s + "'").collect(Collectors.joining(","));
        var vekter = new StringBuilder();
        for (int i = 0; i < med; i++) {
            Filter f = eksempel.get(former.get(i).getKey());
            var s = new StringBuilder();
            s.append("-- ").append(f.form()).append('\n');
            s.append("-- weight ").append(former.get(i).getValue()).append(" of ").append(trekk).append(" draws\n");
            s.append("\\set k random(1, ").append(kontorer.size()).append(")\n");
            s.append("\\set w random(1, ").append(SOKEORD.size()).append(")\n");
            s.append("\\set g random(1, ").append(INNSATSGRUPPER.size()).append(")\n");
            s.append("\\set t1 random(1, ").append(TILTAKSKODER.size()).append(")\n");
            s.append("\\set t2 1 + (:t1 + random(0, ").append(TILTAKSKODER.size() - 2).append(")) % ")
                    .append(TILTAKSKODER.size()).append('\n');
            s.append("\\set o random(1, 2)\n");
            s.append("\\set p random(1, 100)\n");
            s.append("\\set offset (case when :p <= 80 then 0 when :p <= 92 then 20 else 40 end)\n");
            s.append(oppslag);
            String vilkar = KatalogSql.vilkar(f);
            String side = KatalogSql.KOLONNER + (f.q() == null ? KatalogSql.MARKERT_UTEN_FRITEKST
                    : KatalogSql.MARKERT_MED_FRITEKST) + KatalogSql.SYNLIGE + vilkar
                    + KatalogSql.rekkefolge(f) + KatalogSql.SIDE;
            String tell = KatalogSql.TELL + KatalogSql.SYNLIGE + vilkar;
            for (String sql : List.of(side, tell)) {
                s.append(verdier(sql, f, idag, kontorListe, regionListe, ordListe, gruppeListe, kodeListe)
                        .strip()).append(";\n");
            }
            String fil = "s%03d.sql".formatted(i + 1);
            Files.writeString(dir.resolve(fil), s.toString(), StandardCharsets.UTF_8);
            vekter.append(fil).append(' ').append(former.get(i).getValue()).append('\n');
        }
        Files.writeString(dir.resolve("vekter.txt"), vekter.toString(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "pgbench: %d scripts cover %.1f %% of %d draws (%d combinations)%n", med,
                100.0 * dekket / trekk, trekk, former.size());
    }

    /** The named parameters as pgbench sees them: values drawn with \set, text picked from literal arrays. */
    static String verdier(String sql, Filter f, String idag, String kontorer, String regioner, String ord,
            String grupper, String koder) {
        String enheter = switch (f.kontorer()) {
            case 1 -> "(array[" + kontorer + "])[:k]";
            default -> "(array[" + kontorer + "])[:k], (array[" + regioner + "])[:k]";
        };
        String tiltakskoder = f.tiltakskoder().size() == 1 ? "(array[" + koder + "])[:t1]"
                : "(array[" + koder + "])[:t1], (array[" + koder + "])[:t2]";
        return sql.replace(":idag", "cast('" + idag + "' as date)")
                .replace(":q", "cast((array[" + ord + "])[:w] as text)")
                .replace(":innsatsgruppe", "(array[" + grupper + "])[:g]")
                .replace(":navEnheter", enheter)
                .replace(":tiltakskoder", tiltakskoder)
                .replace(":oppstartstype", "(array['LOPENDE','FELLES'])[:o]")
                .replace(":startFra", "cast('" + idag + "' as date)")
                .replace(":startTil", "cast('" + idag + "' as date) + 90")
                .replace(":storrelse", String.valueOf(STORRELSE))
                .replace(":offset", ":offset")
                .replaceAll("\n\\s*", " ");
    }

    /**
     * Sums up a pgbench run: throughput and percentiles from its per-transaction logs ({@code -l}: one line per
     * transaction, the fourth field its latency in microseconds), and the per-statement average latencies of
     * {@code -r}, weighted by how often each script ran, for the list and the count statement.
     */
    static void pgbenchSammendrag(Map<String, String> o) throws IOException {
        Path dir = Path.of(o.get("logger"));
        int sekunder = Integer.parseInt(o.get("sekunder"));
        var latenser = new java.util.ArrayList<Long>();
        try (var filer = Files.list(dir)) {
            for (Path p : filer.filter(f -> f.getFileName().toString().startsWith("pgbench_log")).toList()) {
                for (String linje : Files.readAllLines(p)) {
                    String[] f = linje.trim().split("\\s+");
                    if (f.length >= 3) {
                        latenser.add(Long.parseLong(f[2]));
                    }
                }
            }
        }
        long[] alle = latenser.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = alle.length;
        var r = new LinkedHashMap<String, String>();
        r.put("transaksjoner", String.valueOf(n));
        r.put("gjennomstromning", String.format(Locale.ROOT, "%.1f", n / (double) sekunder));
        r.put("p50_ms", ms(persentil(alle, 0.50) * 1000));
        r.put("p95_ms", ms(persentil(alle, 0.95) * 1000));
        r.put("p99_ms", ms(persentil(alle, 0.99) * 1000));
        r.put("maks_ms", ms(n == 0 ? 0 : alle[n - 1] * 1000));
        r.put("snitt_ms", ms(n == 0 ? 0 : Arrays.stream(alle).sum() * 1000 / n));
        // -r output: "SQL script 3: .../s003.sql" then " - weight: 1 (targets 1.0% of total)" and
        // " - 4711 transactions (...)" then per command "   0.512  0  select ..." lines
        String rapport = Files.readString(Path.of(o.get("rapport")));
        double sumSide = 0;
        double sumTell = 0;
        double sumOppslag = 0;
        long tx = 0;
        long skriptTx = 0;
        Pattern transaksjoner = Pattern.compile("^ - (\\d+) transactions");
        Pattern kommando = Pattern.compile("^\\s+(\\d+\\.\\d+)\\s+\\d+\\s+(.*)$");
        for (String linje : rapport.split("\n")) {
            Matcher t = transaksjoner.matcher(linje);
            if (t.find()) {
                skriptTx = Long.parseLong(t.group(1));
                tx += skriptTx;
                continue;
            }
            Matcher k = kommando.matcher(linje);
            if (k.find() && !k.group(2).startsWith("\\set")) {
                double ms = Double.parseDouble(k.group(1));
                String sql = k.group(2).toLowerCase(Locale.ROOT);
                if (sql.startsWith("select count(*) from katalog.oppforing")) {
                    sumTell += ms * skriptTx;
                } else if (sql.startsWith("select o.gjennomforing_id")) {
                    sumSide += ms * skriptTx;
                } else {
                    sumOppslag += ms * skriptTx;
                }
            }
        }
        if (tx > 0) {
            r.put("side_snitt_ms", String.format(Locale.ROOT, "%.2f", sumSide / tx));
            r.put("telling_snitt_ms", String.format(Locale.ROOT, "%.2f", sumTell / tx));
            r.put("oppslag_snitt_ms", String.format(Locale.ROOT, "%.2f", sumOppslag / tx));
        }
        var ut = new StringBuilder();
        r.forEach((k, v) -> ut.append(k).append('=').append(v).append('\n'));
        System.out.print(ut);
        if (o.containsKey("resultat")) {
            Files.writeString(Path.of(o.get("resultat")), ut.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The list and count statements of one search with its values written in, each as {@code explain (analyze,
     * buffers)}: {@code --q oppfølging --kontor 0315 --region 0300} (the values bench/run traces).
     */
    static void forklar(Map<String, String> o) {
        var kontor = new Kontor(o.get("kontor"), o.get("region"));
        var f = new Filter(2, kontor, o.get("q"), null, List.of(), false, null, false, null, 1);
        String idag = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        String vilkar = KatalogSql.vilkar(f);
        String side = KatalogSql.KOLONNER + KatalogSql.MARKERT_MED_FRITEKST + KatalogSql.SYNLIGE + vilkar
                + KatalogSql.rekkefolge(f) + KatalogSql.SIDE;
        String tell = KatalogSql.TELL + KatalogSql.SYNLIGE + vilkar;
        for (String sql : List.of(side, tell)) {
            System.out.println("explain (analyze, buffers)\n" + sql
                    .replace(":idag", "date '" + idag + "'")
                    .replace(":q", "'" + f.q().replace("'", "''") + "'")
                    .replace(":navEnheter", "'" + kontor.enhetsnummer() + "', '" + kontor.region() + "'")
                    .replace(":storrelse", String.valueOf(STORRELSE))
                    .replace(":offset", "0")
                    .strip() + ";");
        }
    }
}
