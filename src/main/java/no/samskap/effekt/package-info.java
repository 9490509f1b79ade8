/**
 * Outcome contracts (effektkontrakter): NAV and other outcome payers pay providers for measured results, investors
 * pre-finance the work, and an independent evaluator verifies what is claimed.
 *
 * <p>This first part is the pure calculation core in {@code domain}: money ({@code Penger}), contract terms with rate
 * cards, ladders, graded scales and caps, the automatic checks of outcome claims and the evaluator's four-eyes
 * decision, the reconciliation ({@code Avstemming}) that explains every difference between "price × achieved" and what
 * is payable, comparison groups, payment runs, the investor ledger (MoM, XIRR, waterfall, scenarios) and suppression of
 * small figures. Persistence, API and pages are built on top of it; see {@code docs/effekt.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package no.samskap.effekt;
