package no.samskap.organisasjon;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.samskap.organisasjon.domain.Fylke;
import no.samskap.organisasjon.domain.Kommune;
import no.samskap.organisasjon.domain.KommuneFilter;
import no.samskap.organisasjon.domain.NavEnhet;
import no.samskap.organisasjon.domain.NavEnhetFilter;
import no.samskap.organisasjon.domain.NavEnhetSortering;
import no.samskap.organisasjon.domain.Omraade;
import no.samskap.organisasjon.persistence.KommuneQueries;
import no.samskap.organisasjon.persistence.NavEnhetQueries;
import no.samskap.platform.Side;
import no.samskap.shared.NotFound;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's entry point: NAV units, counties and municipalities, read-only. Implements {@link NavEnhetKatalog} for
 * other modules; the list and detail reads for pages and the API require a logged-in user with any role.
 */
@Service
@Transactional(readOnly = true)
public class OrganisasjonService implements NavEnhetKatalog {

    private final NavEnhetQueries navEnheter;
    private final KommuneQueries kommuner;
    private final TilgangService tilgang;

    OrganisasjonService(NavEnhetQueries navEnheter, KommuneQueries kommuner, TilgangService tilgang) {
        this.navEnheter = navEnheter;
        this.kommuner = kommuner;
        this.tilgang = tilgang;
    }

    @Override
    public Optional<NavEnhetInfo> finn(String enhetsnummer) {
        return navEnheter.find(enhetsnummer).map(OrganisasjonService::info);
    }

    @Override
    public List<NavEnhetInfo> hent(Collection<String> enhetsnumre) {
        return navEnheter.hent(enhetsnumre).stream().map(OrganisasjonService::info).toList();
    }

    @Override
    public List<NavEnhetInfo> regioner() {
        return navEnheter.listByType(NavEnhetType.FYLKE).stream()
                .map(OrganisasjonService::info)
                .toList();
    }

    @Override
    public List<NavEnhetInfo> kontorer(String regionEnhetsnummer) {
        return navEnheter.listInRegion(regionEnhetsnummer, NavEnhetType.LOKAL).stream()
                .map(OrganisasjonService::info)
                .toList();
    }

    /** A page of NAV units matching the filter. */
    public Side<NavEnhet> listNavEnheter(NavEnhetFilter filter, NavEnhetSortering sortering, Side.Sideforesporsel side) {
        krevInnlogget();
        return navEnheter.list(filter, sortering, side);
    }

    /** The regions (for filters), by name. */
    public List<NavEnhet> listRegioner() {
        krevInnlogget();
        return navEnheter.listByType(NavEnhetType.FYLKE);
    }

    /** One NAV unit with its offices (for a region) or the areas it serves (for an office); {@link NotFound} if unknown. */
    public NavEnhetDetaljer getNavEnhet(String enhetsnummer) {
        krevInnlogget();
        NavEnhet enhet = navEnheter.find(enhetsnummer).orElseThrow(() -> new NotFound("nav-enhet", enhetsnummer));
        List<NavEnhet> underenheter = enhet.type() == NavEnhetType.FYLKE
                ? navEnheter.listInRegion(enhetsnummer, NavEnhetType.LOKAL)
                : List.of();
        List<NavEnhet> tiltaksenheter = enhet.type() == NavEnhetType.FYLKE
                ? navEnheter.listInRegion(enhetsnummer, NavEnhetType.TILTAK)
                : List.of();
        List<Omraade> omraader = enhet.type() == NavEnhetType.LOKAL ? navEnheter.listOmraader(enhetsnummer) : List.of();
        return new NavEnhetDetaljer(enhet, underenheter, tiltaksenheter, omraader);
    }

    /** A page of municipalities matching the filter, by kommunenummer. */
    public Side<Kommune> listKommuner(KommuneFilter filter, Side.Sideforesporsel side) {
        krevInnlogget();
        return kommuner.list(filter, side);
    }

    /** One municipality with the offices that serve it; {@link NotFound} if unknown. */
    public KommuneDetaljer getKommune(String kommunenummer) {
        krevInnlogget();
        Kommune kommune = kommuner.find(kommunenummer).orElseThrow(() -> new NotFound("kommune", kommunenummer));
        return new KommuneDetaljer(kommune, navEnheter.listKontorerForKommune(kommunenummer));
    }

    /** All counties valid from 2024, by number. */
    public List<Fylke> listFylker() {
        krevInnlogget();
        return kommuner.listFylker();
    }

    /**
     * A NAV unit with what belongs to it.
     *
     * @param kontorer for a region: its local offices
     * @param tiltaksenheter for a region: its measures units
     * @param omraader for a local office: the municipalities and districts it serves
     */
    public record NavEnhetDetaljer(
            NavEnhet enhet, List<NavEnhet> kontorer, List<NavEnhet> tiltaksenheter, List<Omraade> omraader) {}

    /** A municipality and the local offices that serve it (more than one where districts have their own office). */
    public record KommuneDetaljer(Kommune kommune, List<NavEnhet> kontorer) {}

    private void krevInnlogget() {
        tilgang.krev(Rolle.values());
    }

    private static NavEnhetInfo info(NavEnhet enhet) {
        return new NavEnhetInfo(enhet.enhetsnummer(), enhet.navn(), enhet.type(), enhet.region());
    }
}
