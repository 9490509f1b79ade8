package no.samskap.arrangor.domain;

import java.util.UUID;
import no.samskap.arrangor.ArrangorProblem;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.Organisasjonsnummer;
import org.jspecify.annotations.Nullable;

/**
 * A provider organisation: a hovedenhet (no parent) or an underenhet whose parent is a hovedenhet. The
 * organisasjonsnummer never changes; a hovedenhet never gets a parent, an underenhet never loses its parent.
 */
public final class Arrangor {

    public static final int MAKS_NAVN = 200;

    private final UUID id;
    private final Organisasjonsnummer organisasjonsnummer;
    private String navn;
    private @Nullable UUID hovedenhetId;
    private final long version;

    private Arrangor(UUID id, Organisasjonsnummer organisasjonsnummer, String navn, @Nullable UUID hovedenhetId, long version) {
        this.id = id;
        this.organisasjonsnummer = organisasjonsnummer;
        this.navn = navn;
        this.hovedenhetId = hovedenhetId;
        this.version = version;
    }

    /** Rebuilds a stored provider (persistence only). */
    public static Arrangor gjenopprett(
            UUID id, String organisasjonsnummer, String navn, @Nullable UUID hovedenhetId, long version) {
        return new Arrangor(id, new Organisasjonsnummer(organisasjonsnummer), navn, hovedenhetId, version);
    }

    /**
     * Registers a new provider. Adds every broken rule to {@code feil} (with what the caller already found) and throws
     * them all together.
     *
     * @param hovedenhet the chosen parent, already loaded; null for a hovedenhet (or when the caller could not find it
     *     and has reported that)
     * @param hovedenhetFelt the request field that named the parent, for the error
     */
    public static Arrangor registrer(
            UUID id,
            @Nullable String organisasjonsnummer,
            @Nullable String navn,
            @Nullable Arrangor hovedenhet,
            String hovedenhetFelt,
            InvalidInput.Collector feil) {
        String orgnr = rensOrganisasjonsnummer(organisasjonsnummer);
        if (orgnr.isEmpty()) {
            feil.add("organisasjonsnummer", ArrangorProblem.ORGANISASJONSNUMMER_PAAKREVD);
        } else if (!Organisasjonsnummer.isValid(orgnr)) {
            feil.add("organisasjonsnummer", ArrangorProblem.ORGANISASJONSNUMMER_UGYLDIG);
        }
        String rensetNavn = sjekkNavn(navn, feil);
        if (hovedenhet != null) {
            sjekkHovedenhet(id, hovedenhet, hovedenhetFelt, feil);
        }
        feil.throwIfAny();
        return new Arrangor(
                id, new Organisasjonsnummer(orgnr), rensetNavn, hovedenhet == null ? null : hovedenhet.id, 0);
    }

    /**
     * Changes the name and, for an underenhet, the parent. A hovedenhet cannot be given a parent and an underenhet
     * cannot lose its own.
     *
     * @param nyHovedenhet the parent after the change (loaded), or null when none was named or it was not found
     * @param hovedenhetOppgitt whether the request named a parent at all
     */
    public void endre(
            @Nullable String nyttNavn,
            @Nullable Arrangor nyHovedenhet,
            boolean hovedenhetOppgitt,
            String hovedenhetFelt,
            InvalidInput.Collector feil) {
        String rensetNavn = sjekkNavn(nyttNavn, feil);
        if (erHovedenhet()) {
            if (hovedenhetOppgitt) {
                feil.add(hovedenhetFelt, ArrangorProblem.HOVEDENHET_IKKE_TILLATT);
            }
        } else if (!hovedenhetOppgitt) {
            feil.add(hovedenhetFelt, ArrangorProblem.HOVEDENHET_PAAKREVD);
        } else if (nyHovedenhet != null) {
            sjekkHovedenhet(id, nyHovedenhet, hovedenhetFelt, feil);
        }
        feil.throwIfAny();
        this.navn = rensetNavn;
        if (!erHovedenhet() && nyHovedenhet != null) {
            this.hovedenhetId = nyHovedenhet.id;
        }
    }

    /** Spaces are tolerated (people type "983 982 433"); everything else must be the nine digits. */
    public static String rensOrganisasjonsnummer(@Nullable String organisasjonsnummer) {
        return organisasjonsnummer == null ? "" : organisasjonsnummer.replaceAll("\\s+", "");
    }

    private static void sjekkHovedenhet(UUID egenId, Arrangor hovedenhet, String felt, InvalidInput.Collector feil) {
        if (hovedenhet.id.equals(egenId)) {
            feil.add(felt, ArrangorProblem.HOVEDENHET_ER_SEG_SELV);
        } else if (!hovedenhet.erHovedenhet()) {
            feil.add(felt, ArrangorProblem.HOVEDENHET_ER_UNDERENHET);
        }
    }

    private static String sjekkNavn(@Nullable String navn, InvalidInput.Collector feil) {
        String renset = navn == null ? "" : navn.strip();
        if (renset.isEmpty()) {
            feil.add("navn", ArrangorProblem.NAVN_PAAKREVD);
        } else if (renset.length() > MAKS_NAVN) {
            feil.add("navn", ArrangorProblem.NAVN_FOR_LANGT, MAKS_NAVN);
        }
        return renset;
    }

    public boolean erHovedenhet() {
        return hovedenhetId == null;
    }

    public UUID id() {
        return id;
    }

    public Organisasjonsnummer organisasjonsnummer() {
        return organisasjonsnummer;
    }

    public String navn() {
        return navn;
    }

    public @Nullable UUID hovedenhetId() {
        return hovedenhetId;
    }

    /** The version this provider was loaded with (0 when new). */
    public long version() {
        return version;
    }
}
