package no.samskap.tilgang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import no.samskap.platform.Url;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user and the role's menu into every page's model, for the layout. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    /** What the layout shows of the user: name and main role (never personal data beyond the user's own name). */
    record InnloggetVisning(String navn, String hovedrolle, Innlogget bruker) {
        public boolean har(String rolle) {
            return bruker.har(Rolle.valueOf(rolle));
        }
    }

    /**
     * @param teller a count to show beside the entry ({@link Menyteller}); asked only when a template calls
     *     {@link #antall()}
     */
    record Menypunkt(String href, String tekstnokkel, boolean aktiv, @Nullable LongSupplier teller) {

        public long antall() {
            return teller == null ? 0 : teller.getAsLong();
        }
    }

    private final TilgangService tilgang;
    private final Url url;
    private final ObjectProvider<Menyteller> tellere;

    LayoutModel(TilgangService tilgang, Url url, ObjectProvider<Menyteller> tellere) {
        this.tilgang = tilgang;
        this.url = url;
        this.tellere = tellere;
    }

    @ModelAttribute("innlogget")
    @Nullable InnloggetVisning innlogget() {
        Innlogget user = tilgang.innlogget();
        if ("system".equals(user.ident())) {
            return null;
        }
        String rolle = user.roller().stream().sorted().map(Enum::name).findFirst().orElse("INGEN");
        return new InnloggetVisning(user.navn(), rolle, user);
    }

    @ModelAttribute("meny")
    List<Menypunkt> meny() {
        Innlogget user = tilgang.innlogget();
        var meny = new ArrayList<Menypunkt>();
        meny.add(punkt("/", "meny.start"));
        if (user.har(Rolle.VEILEDER) || user.har(Rolle.TILTAKSADMIN)) {
            meny.add(punkt("/katalog", "meny.katalog"));
        }
        if (user.har(Rolle.TILTAKSADMIN) || user.har(Rolle.ARRANGOR)) {
            meny.add(punkt("/arrangorer", "meny.arrangorer"));
            meny.add(punkt("/avtaler", "meny.avtaler"));
        }
        if (user.har(Rolle.TILTAKSADMIN) || user.har(Rolle.ARRANGOR) || user.har(Rolle.VEILEDER)) {
            meny.add(punkt("/gjennomforinger", "meny.gjennomforinger"));
        }
        if (user.har(Rolle.VEILEDER)) {
            meny.add(punkt("/deltakelser", "meny.deltakelser"));
            meny.add(punkt("/varsler", "meny.varsler", user));
        } else if (user.har(Rolle.ARRANGOR)) {
            meny.add(punkt("/deltakelser", "meny.deltakere"));
        }
        if (user.har(Rolle.DELTAKER)) {
            meny.add(punkt("/mine-deltakelser", "meny.mine-deltakelser"));
        }
        if (user.har(Rolle.TILTAKSADMIN) || user.har(Rolle.ARRANGOR) || user.har(Rolle.EVALUATOR)
                || user.har(Rolle.INVESTOR)) {
            meny.add(punkt("/effektkontrakter", "meny.effektkontrakter"));
        }
        if (user.har(Rolle.TILTAKSADMIN)) {
            meny.add(punkt("/historikkimport", "meny.historikkimport"));
            meny.add(punkt("/revisjonslogg", "meny.revisjonslogg"));
        }
        // Reference data is work material for NAV and providers; a participant's or investor's menu stays short.
        if (!"system".equals(user.ident()) && (user.har(Rolle.TILTAKSADMIN) || user.har(Rolle.VEILEDER)
                || user.har(Rolle.ARRANGOR) || user.har(Rolle.PARTNERSKAP) || user.har(Rolle.EVALUATOR))) {
            meny.add(punkt("/tiltakstyper", "meny.tiltakstyper"));
            meny.add(punkt("/nav-enheter", "meny.nav-enheter"));
        }
        return meny;
    }

    private Menypunkt punkt(String href, String tekstnokkel) {
        return new Menypunkt(href, tekstnokkel, url.aktiv(href), null);
    }

    /** An entry with the count of the {@link Menyteller} for {@code href}, if a module provides one. */
    private Menypunkt punkt(String href, String tekstnokkel, Innlogget user) {
        LongSupplier teller = () -> tellere.stream()
                .filter(t -> t.href().equals(href))
                .mapToLong(t -> t.antall(user))
                .sum();
        return new Menypunkt(href, tekstnokkel, url.aktiv(href), teller);
    }
}
