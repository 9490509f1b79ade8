/**
 * Enrolments (deltakelser): a person's participation in an implementation, from the counsellor's draft to the end,
 * shared by counsellor, provider and participant. Counsellors enrol, change and answer the provider's proposals
 * through {@link no.samskap.deltakelse.DeltakelseService} and {@link no.samskap.deltakelse.EndringsforslagService};
 * providers see their participants and propose changes; participants see their own. The same services serve the
 * pages ({@code web}: {@code /deltakelser}, {@code /varsler}, {@code /mine-deltakelser}) and {@code /api/v1/deltakelser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang", "audit", "tiltak", "arrangor", "organisasjon"})
@org.jspecify.annotations.NullMarked
package no.samskap.deltakelse;
