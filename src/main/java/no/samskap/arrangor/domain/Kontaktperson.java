package no.samskap.arrangor.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samskap.arrangor.ArrangorProblem;
import no.samskap.arrangor.KontaktpersonBruk;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A contact person of one provider organisation: name and e-mail required, phone optional (Norwegian or international,
 * stored without spaces), responsible for at least one of AVTALE, GJENNOMFORING, OKONOMI.
 */
public final class Kontaktperson {

    public static final int MAKS_NAVN = 200;
    public static final int MAKS_EPOST = 254;

    private static final Pattern EPOST = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.]{2,}$");
    private static final Pattern NORSK = Pattern.compile("^(?:\\+47|0047)?(\\d{8})$");
    private static final Pattern UTENLANDSK = Pattern.compile("^(?:\\+|00)(\\d{7,15})$");
    private static final Pattern SKILLETEGN = Pattern.compile("[\\s\\-.()]");

    private final UUID id;
    private final UUID arrangorId;
    private String navn;
    private String epost;
    private @Nullable String telefon;
    private Set<Ansvar> ansvar;
    private final long version;

    private Kontaktperson(
            UUID id, UUID arrangorId, String navn, String epost, @Nullable String telefon, Set<Ansvar> ansvar, long version) {
        this.id = id;
        this.arrangorId = arrangorId;
        this.navn = navn;
        this.epost = epost;
        this.telefon = telefon;
        this.ansvar = Set.copyOf(ansvar);
        this.version = version;
    }

    /** Rebuilds a stored contact person (persistence only). */
    public static Kontaktperson gjenopprett(
            UUID id, UUID arrangorId, String navn, String epost, @Nullable String telefon, Set<Ansvar> ansvar, long version) {
        return new Kontaktperson(id, arrangorId, navn, epost, telefon, ansvar, version);
    }

    /** The checked, cleaned details of a contact person. */
    public record Opplysninger(String navn, String epost, @Nullable String telefon, Set<Ansvar> ansvar) {

        /** Checks every field and throws all violations together. */
        public static Opplysninger valider(
                @Nullable String navn,
                @Nullable String epost,
                @Nullable String telefon,
                @Nullable Collection<Ansvar> ansvar,
                InvalidInput.Collector feil) {
            String n = navn == null ? "" : navn.strip();
            if (n.isEmpty()) {
                feil.add("navn", ArrangorProblem.KONTAKTPERSON_NAVN_PAAKREVD);
            } else if (n.length() > MAKS_NAVN) {
                feil.add("navn", ArrangorProblem.KONTAKTPERSON_NAVN_FOR_LANGT, MAKS_NAVN);
            }
            String e = epost == null ? "" : epost.strip();
            if (e.isEmpty()) {
                feil.add("epost", ArrangorProblem.KONTAKTPERSON_EPOST_PAAKREVD);
            } else if (e.length() > MAKS_EPOST || !EPOST.matcher(e).matches()) {
                feil.add("epost", ArrangorProblem.KONTAKTPERSON_EPOST_UGYLDIG);
            }
            String t = null;
            if (telefon != null && !telefon.isBlank()) {
                t = normaliserTelefon(telefon);
                if (t == null) {
                    feil.add("telefon", ArrangorProblem.KONTAKTPERSON_TELEFON_UGYLDIG);
                }
            }
            if (ansvar == null || ansvar.isEmpty()) {
                feil.add("ansvar", ArrangorProblem.KONTAKTPERSON_ANSVAR_PAAKREVD);
            }
            feil.throwIfAny();
            return new Opplysninger(n, e, t, ansvar == null ? Set.of() : EnumSet.copyOf(ansvar));
        }
    }

    /**
     * A Norwegian number (8 digits, optionally with +47 or 0047) becomes its 8 digits; an international one
     * becomes {@code +<digits>}. Spaces, dashes, dots and parentheses are ignored. Null when it is neither.
     */
    public static @Nullable String normaliserTelefon(String telefon) {
        String renset = SKILLETEGN.matcher(telefon.strip()).replaceAll("");
        var norsk = NORSK.matcher(renset);
        if (norsk.matches()) {
            return norsk.group(1);
        }
        var utenlandsk = UTENLANDSK.matcher(renset);
        if (utenlandsk.matches()) {
            return "+" + utenlandsk.group(1);
        }
        return null;
    }

    public static Kontaktperson opprett(UUID id, UUID arrangorId, Opplysninger opplysninger) {
        return new Kontaktperson(
                id,
                arrangorId,
                opplysninger.navn(),
                opplysninger.epost(),
                opplysninger.telefon(),
                opplysninger.ansvar(),
                0);
    }

    public void endre(Opplysninger opplysninger) {
        this.navn = opplysninger.navn();
        this.epost = opplysninger.epost();
        this.telefon = opplysninger.telefon();
        this.ansvar = Set.copyOf(opplysninger.ansvar());
    }

    /** Refuses deletion while any module reports this contact person as linked (to an agreement, an implementation). */
    public void kontrollerSletting(Collection<? extends KontaktpersonBruk> bruk) {
        for (KontaktpersonBruk b : bruk) {
            if (b.erIBruk(id)) {
                throw new BusinessRuleViolation(ArrangorProblem.KONTAKTPERSON_I_BRUK);
            }
        }
    }

    public UUID id() {
        return id;
    }

    public UUID arrangorId() {
        return arrangorId;
    }

    public String navn() {
        return navn;
    }

    public String epost() {
        return epost;
    }

    public @Nullable String telefon() {
        return telefon;
    }

    public Set<Ansvar> ansvar() {
        return ansvar;
    }

    public long version() {
        return version;
    }
}
