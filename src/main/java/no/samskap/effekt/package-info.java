/**
 * Outcome contracts (effektkontrakter): NAV and other outcome payers pay providers for measured results, investors
 * pre-finance the work, and an independent evaluator verifies what is claimed.
 *
 * <p>The calculation core is in {@code domain} (money, rate cards, ladders, graded scales and caps, the checks of
 * claims, the reconciliation, comparison groups, payment runs, the investor ledger with MoM, XIRR and the waterfall,
 * scenarios and suppression of small figures). On top of it: {@link no.samskap.effekt.EffektkontraktService}
 * (contracts, parties and versioned terms), {@link no.samskap.effekt.MaalingService} (participants, outcome events,
 * checkpoints, soft outcomes), {@link no.samskap.effekt.KravService} (claims, the evaluator's decisions,
 * reconciliation), {@link no.samskap.effekt.UtbetalingService} (comparison groups and payment runs),
 * {@link no.samskap.effekt.InvestorService} (the investors' ledger, scenarios and aggregated view) and
 * {@link no.samskap.effekt.IndigoService} (export in GO Lab's INDIGO shape); the API under
 * {@code /api/v1/effektkontrakter}. Access follows {@link no.samskap.effekt.Innsyn}. See {@code docs/effekt.md}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "tilgang", "audit", "tiltak"})
@org.jspecify.annotations.NullMarked
package no.samskap.effekt;
