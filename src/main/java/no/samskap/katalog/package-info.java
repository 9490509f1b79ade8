/**
 * The counsellors' measure catalog (tiltakskatalog): search, filter, sort and page the published, running
 * implementations of AKTIV agreements, read one in full, save filters (katalog.filter) and share a measure with
 * a person (katalog.deling).
 *
 * <p>Searches run against a read model, {@code katalog.oppforing}: one denormalised row per published running
 * implementation with a weighted Norwegian full-text vector. Synchronous listeners keep it in step inside the writers'
 * transactions ({@code tiltak.GjennomforingEndret}, {@code avtale.AvtaleEndret}, {@code arrangor.ArrangorEndret}).
 * Free places and the waiting list come from {@code deltakelse.PlasserEndret}, the same way.
 * {@link no.samskap.katalog.KatalogService#byggPaNytt()} rebuilds it (at start-up when it is out of step, and on
 * request by TILTAKSADMIN), reading place use through {@code deltakelse.Plassoversikt}. Date rules (agreement period,
 * end date) are applied at query time.
 *
 * <p>What became of the participants who ended an implementation ({@code katalog.resultat}) is counted from
 * {@code deltakelse.DeltakelseEnded} by an asynchronous, idempotent listener (DeltakelseEventListener).
 *
 * <p>Access: VEILEDER and TILTAKSADMIN; every other role gets 403.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared", "platform", "tilgang", "audit", "organisasjon", "arrangor", "tiltak", "avtale", "deltakelse"
        })
@org.jspecify.annotations.NullMarked
package no.samskap.katalog;
