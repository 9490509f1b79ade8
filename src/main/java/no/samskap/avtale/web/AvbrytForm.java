package no.samskap.avtale.web;

import java.util.ArrayList;
import java.util.List;
import no.samskap.avtale.Avbrytelsesaarsak;
import org.jspecify.annotations.Nullable;

/** The abort form on the detail page. */
public class AvbrytForm {

    private @Nullable Long version;
    private List<Avbrytelsesaarsak> aarsaker = new ArrayList<>();
    private @Nullable String forklaring;

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public List<Avbrytelsesaarsak> getAarsaker() { return aarsaker; }
    public void setAarsaker(@Nullable List<Avbrytelsesaarsak> v) { this.aarsaker = v == null ? new ArrayList<>() : v; }
    public @Nullable String getForklaring() { return forklaring; }
    public void setForklaring(@Nullable String forklaring) { this.forklaring = forklaring; }
}
