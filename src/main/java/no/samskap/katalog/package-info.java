/**
 * The counsellors' measure catalog (tiltakskatalog): search, filter, sort and page the published, running
 * implementations of AKTIV agreements, read one in full, save filters (katalog.filter) and share a measure with
 * a person (katalog.deling).
 *
 * <p>Searches run against a read model, {@code katalog.oppforing}: one denormalised row per published running
 * implementation with a weighted Norwegian full-text vector. Synchronous listeners keep it in step inside the writers'
 * transactions ({@code tiltak.GjennomforingEndret}, {@code avtale.AvtaleEndret}, {@code arrangor.ArrangorEndret});
 * {@link no.samskap.katalog.KatalogService#byggPaNytt()} rebuilds it (at start-up when it is out of step, and on
 * request by TILTAKSADMIN). Date rules (agreement period, end date) are applied at query time.
 *
 * <p>Access: VEILEDER and TILTAKSADMIN; every other role gets 403.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared", "platform", "tilgang", "audit", "organisasjon", "arrangor", "tiltak", "avtale"
        })
@org.jspecify.annotations.NullMarked
package no.samskap.katalog;
