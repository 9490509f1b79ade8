/**
 * Enrolments (deltakelser): a person's participation in an implementation, from the counsellor's draft to the end,
 * shared by counsellor, provider and participant. So far: counsellors enrol,
 * read and change status through {@link no.samskap.deltakelse.DeltakelseService} and {@code /api/v1/deltakelser};
 * the provider and participant views come later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang", "audit", "tiltak", "arrangor"})
@org.jspecify.annotations.NullMarked
package no.samskap.deltakelse;
