package no.samskap.avtale.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.avtale.AvtaleDetaljer;
import no.samskap.avtale.AvtaleUtkast;
import no.samskap.avtale.PrismodellUtkast;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The create/edit form of an agreement. A mutable bean rather than a record so Thymeleaf's {@code th:field} can read
 * it back when the form is re-rendered (choices updated, or errors). The provider is chosen by organisation number;
 * the price model fields are used on create only.
 */
public class AvtaleForm {

    /** Id used for an organisation number that matches no registered hovedenhet, so the rule reports it. */
    static final UUID UKJENT_ARRANGOR = new UUID(0, 0);

    private @Nullable Long version;
    private @Nullable String navn;
    private @Nullable String tiltakskode;
    private @Nullable Avtaletype avtaletype;
    private @Nullable String sakarkivnummer;
    private @Nullable String arrangorOrganisasjonsnummer;
    private List<UUID> arrangorUnderenheter = new ArrayList<>();
    private List<UUID> arrangorKontaktpersoner = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startdato;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate sluttdato;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate opsjonMaksVarighet;

    private List<String> navRegioner = new ArrayList<>();
    private List<String> navEnheter = new ArrayList<>();
    private @Nullable String administratorer;
    private @Nullable String beskrivelse;
    private @Nullable Prismodelltype prismodellType;
    private @Nullable String prismodellBeskrivelse;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate satsGyldigFra;

    private @Nullable BigDecimal satsBelop;

    static AvtaleForm fra(AvtaleDetaljer d) {
        var i = d.avtale().innhold();
        var f = new AvtaleForm();
        f.version = d.avtale().version();
        f.navn = i.navn();
        f.tiltakskode = d.avtale().tiltakskode();
        f.avtaletype = i.avtaletype();
        f.sakarkivnummer = i.sakarkivnummer();
        f.arrangorOrganisasjonsnummer = d.hovedenhet() == null ? null : d.hovedenhet().organisasjonsnummer();
        f.arrangorUnderenheter = new ArrayList<>(i.arrangorUnderenheter());
        f.arrangorKontaktpersoner = new ArrayList<>(i.arrangorKontaktpersoner());
        f.startdato = i.startdato();
        f.sluttdato = i.sluttdato();
        f.opsjonMaksVarighet = i.opsjonMaksVarighet();
        f.navRegioner = new ArrayList<>(i.navRegioner());
        f.navEnheter = new ArrayList<>(i.navEnheter());
        f.administratorer = String.join(", ", i.administratorer());
        f.beskrivelse = i.beskrivelse();
        return f;
    }

    AvtaleUtkast utkast(@Nullable ArrangorInfo hovedenhet, boolean medPrismodell) {
        UUID hovedenhetId = blank(arrangorOrganisasjonsnummer) ? null
                : hovedenhet == null ? UKJENT_ARRANGOR : hovedenhet.id();
        var admins = blank(administratorer) ? new HashSet<String>()
                : Arrays.stream(Objects.requireNonNull(administratorer).split("[,\\s]+"))
                        .filter(s -> !s.isBlank()).collect(Collectors.toSet());
        List<PrismodellUtkast> prismodeller = new ArrayList<>();
        if (medPrismodell && prismodellType != null) {
            var satser = satsGyldigFra == null && satsBelop == null ? List.<PrismodellUtkast.SatsUtkast>of()
                    : List.of(new PrismodellUtkast.SatsUtkast(satsGyldigFra, satsBelop));
            prismodeller.add(new PrismodellUtkast(prismodellType, prismodellBeskrivelse, satser));
        }
        return new AvtaleUtkast(navn, tiltakskode, avtaletype, sakarkivnummer, hovedenhetId,
                new HashSet<>(arrangorUnderenheter), new HashSet<>(arrangorKontaktpersoner), startdato, sluttdato,
                opsjonMaksVarighet, new HashSet<>(navRegioner), new HashSet<>(navEnheter), admins, beskrivelse,
                prismodeller);
    }

    /** The form field that shows an API field's error. */
    static String felt(@Nullable String apiFelt) {
        if (apiFelt == null) {
            return "";
        }
        if (apiFelt.equals("arrangorHovedenhetId")) {
            return "arrangorOrganisasjonsnummer";
        }
        if (apiFelt.startsWith("prismodeller")) {
            if (apiFelt.endsWith(".beskrivelse")) {
                return "prismodellBeskrivelse";
            }
            if (apiFelt.endsWith(".gyldigFra")) {
                return "satsGyldigFra";
            }
            if (apiFelt.endsWith(".belop") || apiFelt.endsWith(".satser")) {
                return "satsBelop";
            }
            return "prismodellType";
        }
        return apiFelt;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable String getNavn() { return navn; }
    public void setNavn(@Nullable String navn) { this.navn = navn; }
    public @Nullable String getTiltakskode() { return tiltakskode; }
    public void setTiltakskode(@Nullable String tiltakskode) { this.tiltakskode = tiltakskode; }
    public @Nullable Avtaletype getAvtaletype() { return avtaletype; }
    public void setAvtaletype(@Nullable Avtaletype avtaletype) { this.avtaletype = avtaletype; }
    public @Nullable String getSakarkivnummer() { return sakarkivnummer; }
    public void setSakarkivnummer(@Nullable String sakarkivnummer) { this.sakarkivnummer = sakarkivnummer; }
    public @Nullable String getArrangorOrganisasjonsnummer() { return arrangorOrganisasjonsnummer; }
    public void setArrangorOrganisasjonsnummer(@Nullable String v) { this.arrangorOrganisasjonsnummer = v; }
    public List<UUID> getArrangorUnderenheter() { return arrangorUnderenheter; }
    public void setArrangorUnderenheter(@Nullable List<UUID> v) { this.arrangorUnderenheter = v == null ? new ArrayList<>() : v; }
    public List<UUID> getArrangorKontaktpersoner() { return arrangorKontaktpersoner; }
    public void setArrangorKontaktpersoner(@Nullable List<UUID> v) { this.arrangorKontaktpersoner = v == null ? new ArrayList<>() : v; }
    public @Nullable LocalDate getStartdato() { return startdato; }
    public void setStartdato(@Nullable LocalDate startdato) { this.startdato = startdato; }
    public @Nullable LocalDate getSluttdato() { return sluttdato; }
    public void setSluttdato(@Nullable LocalDate sluttdato) { this.sluttdato = sluttdato; }
    public @Nullable LocalDate getOpsjonMaksVarighet() { return opsjonMaksVarighet; }
    public void setOpsjonMaksVarighet(@Nullable LocalDate v) { this.opsjonMaksVarighet = v; }
    public List<String> getNavRegioner() { return navRegioner; }
    public void setNavRegioner(@Nullable List<String> v) { this.navRegioner = v == null ? new ArrayList<>() : v; }
    public List<String> getNavEnheter() { return navEnheter; }
    public void setNavEnheter(@Nullable List<String> v) { this.navEnheter = v == null ? new ArrayList<>() : v; }
    public @Nullable String getAdministratorer() { return administratorer; }
    public void setAdministratorer(@Nullable String administratorer) { this.administratorer = administratorer; }
    public @Nullable String getBeskrivelse() { return beskrivelse; }
    public void setBeskrivelse(@Nullable String beskrivelse) { this.beskrivelse = beskrivelse; }
    public @Nullable Prismodelltype getPrismodellType() { return prismodellType; }
    public void setPrismodellType(@Nullable Prismodelltype v) { this.prismodellType = v; }
    public @Nullable String getPrismodellBeskrivelse() { return prismodellBeskrivelse; }
    public void setPrismodellBeskrivelse(@Nullable String v) { this.prismodellBeskrivelse = v; }
    public @Nullable LocalDate getSatsGyldigFra() { return satsGyldigFra; }
    public void setSatsGyldigFra(@Nullable LocalDate v) { this.satsGyldigFra = v; }
    public @Nullable BigDecimal getSatsBelop() { return satsBelop; }
    public void setSatsBelop(@Nullable BigDecimal v) { this.satsBelop = v; }
}
