package no.samskap.avtale.domain;

import no.samskap.avtale.AvtaleUtkast;
import no.samskap.avtale.PrismodellUtkast;

import static no.samskap.avtale.AvtaleProblem.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Belop;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of an agreement and its price models. Every rule adds a field violation to the collector, so all
 * errors of one request are reported together; field names are those of the API request.
 */
public final class AvtaleRegler {

    public static final int NAVN_MIN = 5;
    public static final int NAVN_MAKS = 200;
    public static final int TEKST_MAKS = 4000;
    private static final Pattern SAKARKIVNUMMER = Pattern.compile("^(\\d{2}|\\d{4})/\\d{1,9}$");
    private static final Pattern NAV_IDENT = Pattern.compile("^[A-Z]\\d{6}$");

    private AvtaleRegler() {}

    /**
     * Checks a new ({@code eksisterende} null) or changed agreement against the looked-up facts.
     *
     * @return the validated content when no violation was found, otherwise null (the violations are in {@code c})
     */
    public static @Nullable AvtaleInnhold valider(
            AvtaleUtkast u, Fakta f, @Nullable Avtale eksisterende, InvalidInput.Collector c) {
        String navn = trim(u.navn());
        if (navn == null) {
            c.add("navn", PAAKREVD);
        } else {
            c.check(navn.length() >= NAVN_MIN, "navn", NAVN_FOR_KORT, NAVN_MIN);
            c.check(navn.length() <= NAVN_MAKS, "navn", NAVN_FOR_LANGT, NAVN_MAKS);
        }

        String tiltakskode = trim(u.tiltakskode());
        if (eksisterende != null) {
            c.check(tiltakskode == null || tiltakskode.equals(eksisterende.tiltakskode()),
                    "tiltakskode", TILTAKSKODE_KAN_IKKE_ENDRES);
        } else if (tiltakskode == null) {
            c.add("tiltakskode", PAAKREVD);
        } else {
            c.check(f.tiltakstype() != null, "tiltakskode", TILTAKSKODE_UKJENT);
        }

        Avtaletype type = u.avtaletype();
        if (type == null) {
            c.add("avtaletype", PAAKREVD);
        } else if (f.tiltakstype() != null) {
            boolean tillatt = f.tiltakstype().avtaletyper().contains(type)
                    && (type != Avtaletype.FORHANDSGODKJENT || f.tiltakstype().systemPrismodell() != null);
            c.check(tillatt, "avtaletype", AVTALETYPE_IKKE_TILLATT);
        }
        if (eksisterende != null && type != null && erForhandsgodkjent(type) != eksisterende.erForhandsgodkjent()) {
            boolean iBruk = eksisterende.prismodeller().stream().anyMatch(p -> f.prismodellerIBruk().contains(p.id()));
            c.check(!iBruk, "avtaletype", AVTALETYPE_PRISMODELL_I_BRUK);
        }

        String sak = trim(u.sakarkivnummer());
        if (sak == null) {
            c.check(type == null || !type.kreverSakarkivnummer(), "sakarkivnummer", SAKARKIVNUMMER_PAAKREVD);
        } else {
            c.check(SAKARKIVNUMMER.matcher(sak).matches(), "sakarkivnummer", SAKARKIVNUMMER_UGYLDIG);
        }

        validerDatoer(u, f, type, c);
        validerArrangor(u, f, c);
        validerNavEnheter(u, f, c);

        for (String ident : u.administratorer()) {
            c.check(NAV_IDENT.matcher(normaliserIdent(ident)).matches(), "administratorer", ADMINISTRATOR_UGYLDIG, ident);
        }
        String beskrivelse = trim(u.beskrivelse());
        c.check(beskrivelse == null || beskrivelse.length() <= TEKST_MAKS, "beskrivelse", BESKRIVELSE_FOR_LANG, TEKST_MAKS);

        if (eksisterende == null && type != null) {
            if (type == Avtaletype.FORHANDSGODKJENT) {
                c.check(u.prismodeller().isEmpty(), "prismodeller", PRISMODELL_FORHANDSGODKJENT);
            } else {
                for (int i = 0; i < u.prismodeller().size(); i++) {
                    validerPrismodell(u.prismodeller().get(i), type, "prismodeller[" + i + "].", c);
                }
            }
        }

        if (!c.isEmpty()) {
            return null;
        }
        return new AvtaleInnhold(
                Objects.requireNonNull(navn),
                Objects.requireNonNull(type),
                sak,
                u.arrangorHovedenhetId(),
                u.arrangorUnderenheter(),
                u.arrangorKontaktpersoner(),
                Objects.requireNonNull(u.startdato()),
                u.sluttdato(),
                u.opsjonMaksVarighet(),
                u.navRegioner(),
                u.navEnheter(),
                u.administratorer().stream().map(AvtaleRegler::normaliserIdent).collect(Collectors.toSet()),
                beskrivelse);
    }

    private static void validerDatoer(AvtaleUtkast u, Fakta f, @Nullable Avtaletype type, InvalidInput.Collector c) {
        LocalDate start = u.startdato();
        LocalDate slutt = u.sluttdato();
        c.check(start != null, "startdato", PAAKREVD);
        if (type == Avtaletype.FORHANDSGODKJENT) {
            c.check(slutt == null, "sluttdato", SLUTTDATO_IKKE_TILLATT);
            c.check(u.opsjonMaksVarighet() == null, "opsjonMaksVarighet", OPSJON_MAKS_IKKE_TILLATT);
        } else if (type != null) {
            c.check(slutt != null, "sluttdato", SLUTTDATO_PAAKREVD);
        }
        if (start != null && slutt != null) {
            c.check(!slutt.isBefore(start), "sluttdato", SLUTTDATO_FOR_STARTDATO);
        }
        LocalDate maks = u.opsjonMaksVarighet();
        if (maks != null && slutt != null) {
            c.check(!maks.isBefore(slutt), "opsjonMaksVarighet", OPSJON_MAKS_FOR_SLUTTDATO);
        }
        LocalDate tidligste = f.tidligsteGjennomforingStart();
        if (start != null && tidligste != null) {
            c.check(!start.isAfter(tidligste), "startdato", STARTDATO_ETTER_GJENNOMFORING, Avtale.dato(tidligste));
        }
    }

    private static void validerArrangor(AvtaleUtkast u, Fakta f, InvalidInput.Collector c) {
        if (u.arrangorHovedenhetId() == null) {
            c.check(u.arrangorUnderenheter().isEmpty(), "arrangorUnderenheter", UNDERENHET_UTEN_HOVEDENHET);
            c.check(u.arrangorKontaktpersoner().isEmpty(), "arrangorKontaktpersoner", KONTAKTPERSON_UGYLDIG);
        } else if (f.hovedenhet() == null) {
            c.add("arrangorHovedenhetId", HOVEDENHET_UKJENT);
        } else if (!f.hovedenhet().erHovedenhet()) {
            c.add("arrangorHovedenhetId", HOVEDENHET_ER_UNDERENHET);
        } else {
            c.check(!u.arrangorUnderenheter().isEmpty(), "arrangorUnderenheter", UNDERENHET_PAAKREVD);
            c.check(f.underenheterAvHovedenhet().containsAll(u.arrangorUnderenheter()),
                    "arrangorUnderenheter", UNDERENHET_FEIL_HOVEDENHET);
            c.check(f.kontaktpersonerHosArrangor().containsAll(u.arrangorKontaktpersoner()),
                    "arrangorKontaktpersoner", KONTAKTPERSON_UGYLDIG);
        }
        if (!c.has("arrangorUnderenheter")) {
            c.check(u.arrangorUnderenheter().containsAll(f.underenheterIBruk()), "arrangorUnderenheter", UNDERENHET_I_BRUK);
        }
    }

    private static void validerNavEnheter(AvtaleUtkast u, Fakta f, InvalidInput.Collector c) {
        c.check(!u.navRegioner().isEmpty(), "navRegioner", REGION_PAAKREVD);
        boolean regionerGyldige = u.navRegioner().stream().allMatch(r -> erType(f.navEnheter().get(r), NavEnhetType.FYLKE));
        c.check(regionerGyldige, "navRegioner", REGION_UGYLDIG);
        c.check(!u.navEnheter().isEmpty(), "navEnheter", NAV_ENHET_PAAKREVD);
        boolean innenfor = u.navEnheter().stream().allMatch(e -> {
            NavEnhetInfo enhet = f.navEnheter().get(e);
            return erType(enhet, NavEnhetType.LOKAL) && enhet.region() != null && u.navRegioner().contains(enhet.region());
        });
        c.check(innenfor, "navEnheter", NAV_ENHET_UTENFOR_REGION);
        if (!c.has("navEnheter")) {
            c.check(u.navEnheter().containsAll(f.navEnheterIBruk()), "navEnheter", NAV_ENHET_I_BRUK);
        }
    }

    /**
     * Checks one price model; {@code prefix} is prepended to field names ("" for a price model request,
     * "prismodeller[0]." inside an agreement request).
     */
    public static void validerPrismodell(PrismodellUtkast p, Avtaletype avtaletype, String prefix, InvalidInput.Collector c) {
        Prismodelltype type = p.type();
        if (avtaletype == Avtaletype.FORHANDSGODKJENT) {
            c.add(prefix + "type", PRISMODELL_FORHANDSGODKJENT);
            return;
        }
        if (type == null) {
            c.add(prefix + "type", PAAKREVD);
        } else {
            boolean system = type == Prismodelltype.FAST_SATS_PER_TILTAKSPLASS_PER_MANED;
            c.check(!system, prefix + "type", PRISMODELL_KUN_FORHANDSGODKJENT);
            c.check(type != Prismodelltype.ANNEN_AVTALT_PRIS || trim(p.beskrivelse()) != null,
                    prefix + "beskrivelse", PRISMODELL_BESKRIVELSE_PAAKREVD);
            c.check(!kreverSatser(type) || !p.satser().isEmpty(), prefix + "satser", PRISMODELL_SATS_PAAKREVD);
        }
        String beskrivelse = trim(p.beskrivelse());
        c.check(beskrivelse == null || beskrivelse.length() <= TEKST_MAKS, prefix + "beskrivelse", BESKRIVELSE_FOR_LANG, TEKST_MAKS);
        Set<LocalDate> datoer = new HashSet<>();
        for (int i = 0; i < p.satser().size(); i++) {
            var sats = p.satser().get(i);
            String felt = prefix + "satser[" + i + "].";
            if (sats.gyldigFra() == null) {
                c.add(felt + "gyldigFra", PAAKREVD);
            } else {
                c.check(datoer.add(sats.gyldigFra()), felt + "gyldigFra", SATS_GYLDIG_FRA_DUPLIKAT);
            }
            BigDecimal belop = sats.belop();
            if (belop == null) {
                c.add(felt + "belop", PAAKREVD);
            } else {
                c.check(belop.signum() > 0 && belop.stripTrailingZeros().scale() <= 2 && belop.precision() - belop.scale() <= 12,
                        felt + "belop", SATS_BELOP_UGYLDIG);
            }
        }
    }

    /** A validated price model (call only after {@link #validerPrismodell} found nothing). */
    public static Prismodell prismodell(UUID id, PrismodellUtkast p) {
        List<Sats> satser = p.satser().stream()
                .map(s -> new Sats(Objects.requireNonNull(s.gyldigFra()),
                        new Belop(Objects.requireNonNull(s.belop()).setScale(2, RoundingMode.UNNECESSARY))))
                .toList();
        return new Prismodell(id, Objects.requireNonNull(p.type()), trim(p.beskrivelse()), satser);
    }

    static boolean kreverSatser(Prismodelltype type) {
        return switch (type) {
            case AVTALT_PRIS_PER_MANEDSVERK, AVTALT_PRIS_PER_UKESVERK, AVTALT_PRIS_PER_TIME_OPPFOLGING -> true;
            case ANNEN_AVTALT_PRIS, FAST_SATS_PER_TILTAKSPLASS_PER_MANED -> false;
        };
    }

    static boolean erForhandsgodkjent(Avtaletype type) {
        return type == Avtaletype.FORHANDSGODKJENT;
    }

    private static boolean erType(@Nullable NavEnhetInfo enhet, NavEnhetType type) {
        return enhet != null && enhet.type() == type;
    }

    private static String normaliserIdent(String ident) {
        return ident.trim().toUpperCase(Locale.ROOT);
    }

    static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
