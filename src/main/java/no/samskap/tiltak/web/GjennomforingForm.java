package no.samskap.tiltak.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingInnhold;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The create/edit form. A mutable bean rather than a record: when a value cannot be converted (a malformed date) the
 * binder keeps the rest of the form and the typed text, so the page can be shown again with the error beside the field.
 */
public class GjennomforingForm {

    private @Nullable UUID avtaleId;
    private @Nullable UUID arrangorId;
    private @Nullable String navn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startdato;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate sluttdato;

    private @Nullable Integer antallPlasser;
    private @Nullable Oppstartstype oppstartstype;
    private @Nullable UUID prismodellId;
    private List<String> navEnheter = new ArrayList<>();
    private List<UUID> arrangorKontaktpersoner = new ArrayList<>();
    private List<NavKontaktpersonRad> navKontaktpersoner = new ArrayList<>();
    private @Nullable String oppmotested;
    private @Nullable Integer ventetidVerdi;
    private EstimertVentetid.@Nullable Enhet ventetidEnhet;
    private @Nullable String beskrivelse;
    private @Nullable Long version;

    /** One NAV contact person row of the form. */
    public static class NavKontaktpersonRad {
        private @Nullable String navIdent;
        private @Nullable String navn;
        private @Nullable String epost;

        public NavKontaktpersonRad() {}

        NavKontaktpersonRad(@Nullable String navIdent, @Nullable String navn, @Nullable String epost) {
            this.navIdent = navIdent;
            this.navn = navn;
            this.epost = epost;
        }

        boolean erTom() {
            return isBlank(navIdent) && isBlank(navn) && isBlank(epost);
        }

        public @Nullable String getNavIdent() {
            return navIdent;
        }

        public void setNavIdent(@Nullable String navIdent) {
            this.navIdent = navIdent;
        }

        public @Nullable String getNavn() {
            return navn;
        }

        public void setNavn(@Nullable String navn) {
            this.navn = navn;
        }

        public @Nullable String getEpost() {
            return epost;
        }

        public void setEpost(@Nullable String epost) {
            this.epost = epost;
        }
    }

    static GjennomforingForm ny(UUID avtaleId) {
        var form = new GjennomforingForm();
        form.avtaleId = avtaleId;
        form.oppstartstype = Oppstartstype.LOPENDE;
        return form;
    }

    static GjennomforingForm fra(GjennomforingDetails d) {
        var form = new GjennomforingForm();
        form.avtaleId = d.avtaleId();
        form.arrangorId = d.arrangorId();
        form.navn = d.navn();
        form.startdato = d.startdato();
        form.sluttdato = d.sluttdato();
        form.antallPlasser = d.antallPlasser();
        form.oppstartstype = d.oppstartstype();
        form.prismodellId = d.prismodellId();
        form.navEnheter = new ArrayList<>(d.navEnheter().stream().map(e -> e.enhetsnummer()).toList());
        form.arrangorKontaktpersoner = new ArrayList<>(d.arrangorKontaktpersoner().stream().map(k -> k.id()).toList());
        form.navKontaktpersoner = new ArrayList<>(d.navKontaktpersoner().stream()
                .map(k -> new NavKontaktpersonRad(k.navIdent(), k.navn(), k.epost()))
                .toList());
        form.oppmotested = d.oppmotested();
        EstimertVentetid ventetid = d.estimertVentetid();
        form.ventetidVerdi = ventetid == null ? null : ventetid.verdi();
        form.ventetidEnhet = ventetid == null ? null : ventetid.enhet();
        form.beskrivelse = d.beskrivelse();
        form.version = d.version();
        return form;
    }

    /** Drops contact person rows left empty, so row numbers in error messages match the rows shown again. */
    void fjernTommeRader() {
        navKontaktpersoner = new ArrayList<>(navKontaktpersoner.stream().filter(r -> !r.erTom()).toList());
    }

    /** Adds empty rows so there is always room for one more contact person (and two rows at least) without JS. */
    void leggTilTommeRader() {
        navKontaktpersoner.add(new NavKontaktpersonRad());
        while (navKontaktpersoner.size() < 2) {
            navKontaktpersoner.add(new NavKontaktpersonRad());
        }
    }

    GjennomforingInnhold innhold() {
        return new GjennomforingInnhold(
                navn,
                startdato,
                sluttdato,
                antallPlasser,
                oppstartstype,
                prismodellId,
                Set.copyOf(navEnheter),
                List.copyOf(arrangorKontaktpersoner),
                navKontaktpersoner.stream()
                        .map(r -> new NavKontaktperson(r.navIdent, r.navn, r.epost))
                        .toList(),
                oppmotested,
                new EstimertVentetid(ventetidVerdi, ventetidEnhet),
                beskrivelse);
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    public @Nullable UUID getAvtaleId() {
        return avtaleId;
    }

    public void setAvtaleId(@Nullable UUID avtaleId) {
        this.avtaleId = avtaleId;
    }

    public @Nullable UUID getArrangorId() {
        return arrangorId;
    }

    public void setArrangorId(@Nullable UUID arrangorId) {
        this.arrangorId = arrangorId;
    }

    public @Nullable String getNavn() {
        return navn;
    }

    public void setNavn(@Nullable String navn) {
        this.navn = navn;
    }

    public @Nullable LocalDate getStartdato() {
        return startdato;
    }

    public void setStartdato(@Nullable LocalDate startdato) {
        this.startdato = startdato;
    }

    public @Nullable LocalDate getSluttdato() {
        return sluttdato;
    }

    public void setSluttdato(@Nullable LocalDate sluttdato) {
        this.sluttdato = sluttdato;
    }

    public @Nullable Integer getAntallPlasser() {
        return antallPlasser;
    }

    public void setAntallPlasser(@Nullable Integer antallPlasser) {
        this.antallPlasser = antallPlasser;
    }

    public @Nullable Oppstartstype getOppstartstype() {
        return oppstartstype;
    }

    public void setOppstartstype(@Nullable Oppstartstype oppstartstype) {
        this.oppstartstype = oppstartstype;
    }

    public @Nullable UUID getPrismodellId() {
        return prismodellId;
    }

    public void setPrismodellId(@Nullable UUID prismodellId) {
        this.prismodellId = prismodellId;
    }

    public List<String> getNavEnheter() {
        return navEnheter;
    }

    public void setNavEnheter(@Nullable List<String> navEnheter) {
        this.navEnheter = navEnheter == null ? new ArrayList<>() : new ArrayList<>(navEnheter);
    }

    public List<UUID> getArrangorKontaktpersoner() {
        return arrangorKontaktpersoner;
    }

    public void setArrangorKontaktpersoner(@Nullable List<UUID> arrangorKontaktpersoner) {
        this.arrangorKontaktpersoner =
                arrangorKontaktpersoner == null ? new ArrayList<>() : new ArrayList<>(arrangorKontaktpersoner);
    }

    public List<NavKontaktpersonRad> getNavKontaktpersoner() {
        return navKontaktpersoner;
    }

    public void setNavKontaktpersoner(@Nullable List<NavKontaktpersonRad> navKontaktpersoner) {
        this.navKontaktpersoner = navKontaktpersoner == null ? new ArrayList<>() : navKontaktpersoner;
    }

    public @Nullable String getOppmotested() {
        return oppmotested;
    }

    public void setOppmotested(@Nullable String oppmotested) {
        this.oppmotested = oppmotested;
    }

    public @Nullable Integer getVentetidVerdi() {
        return ventetidVerdi;
    }

    public void setVentetidVerdi(@Nullable Integer ventetidVerdi) {
        this.ventetidVerdi = ventetidVerdi;
    }

    public EstimertVentetid.@Nullable Enhet getVentetidEnhet() {
        return ventetidEnhet;
    }

    public void setVentetidEnhet(EstimertVentetid.@Nullable Enhet ventetidEnhet) {
        this.ventetidEnhet = ventetidEnhet;
    }

    public @Nullable String getBeskrivelse() {
        return beskrivelse;
    }

    public void setBeskrivelse(@Nullable String beskrivelse) {
        this.beskrivelse = beskrivelse;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
