package no.samskap.avtale.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samskap.avtale.domain.Prismodell;
import no.samskap.avtale.PrismodellUtkast;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Add or change a price model: type, description and rate rows (empty rows are ignored, so one is always free). */
public class PrismodellForm {

    private @Nullable Long version;
    private @Nullable Prismodelltype type;
    private @Nullable String beskrivelse;
    private List<SatsRad> satser = new ArrayList<>();

    /** One rate row. */
    public static class SatsRad {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate gyldigFra;

        private @Nullable BigDecimal belop;

        public SatsRad() {}

        SatsRad(@Nullable LocalDate gyldigFra, @Nullable BigDecimal belop) {
            this.gyldigFra = gyldigFra;
            this.belop = belop;
        }

        public @Nullable LocalDate getGyldigFra() { return gyldigFra; }
        public void setGyldigFra(@Nullable LocalDate gyldigFra) { this.gyldigFra = gyldigFra; }
        public @Nullable BigDecimal getBelop() { return belop; }
        public void setBelop(@Nullable BigDecimal belop) { this.belop = belop; }

        boolean tom() {
            return gyldigFra == null && belop == null;
        }
    }

    static PrismodellForm ny(long version) {
        var f = new PrismodellForm();
        f.version = version;
        f.satser.add(new SatsRad());
        return f;
    }

    static PrismodellForm fra(Prismodell p, long version) {
        var f = new PrismodellForm();
        f.version = version;
        f.type = p.type();
        f.beskrivelse = p.beskrivelse();
        p.satser().forEach(s -> f.satser.add(new SatsRad(s.gyldigFra(), s.belop().kroner())));
        f.satser.add(new SatsRad());
        return f;
    }

    /** Only the non-empty rows, with their form indexes kept for error messages. */
    PrismodellUtkast utkast() {
        return new PrismodellUtkast(type, beskrivelse, satser.stream()
                .map(s -> s.tom() ? null : new PrismodellUtkast.SatsUtkast(s.gyldigFra, s.belop))
                .filter(java.util.Objects::nonNull)
                .toList());
    }

    /** Keeps an empty row at the end after a failed post, so another rate can be typed. */
    void leggTilTomRad() {
        if (satser.isEmpty() || !satser.getLast().tom()) {
            satser.add(new SatsRad());
        }
    }

    /** Maps an error's rate index (among non-empty rows) back to the form row. */
    String felt(String apiFelt) {
        var m = java.util.regex.Pattern.compile("^satser\\[(\\d+)](.*)$").matcher(apiFelt);
        if (!m.matches()) {
            return apiFelt;
        }
        int n = Integer.parseInt(m.group(1));
        int seen = -1;
        for (int i = 0; i < satser.size(); i++) {
            if (!satser.get(i).tom() && ++seen == n) {
                return "satser[" + i + "]" + m.group(2);
            }
        }
        return "satser";
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable Prismodelltype getType() { return type; }
    public void setType(@Nullable Prismodelltype type) { this.type = type; }
    public @Nullable String getBeskrivelse() { return beskrivelse; }
    public void setBeskrivelse(@Nullable String beskrivelse) { this.beskrivelse = beskrivelse; }
    public List<SatsRad> getSatser() { return satser; }
    public void setSatser(@Nullable List<SatsRad> satser) { this.satser = satser == null ? new ArrayList<>() : satser; }
}
