/**
 * Enrolments (deltakelser): a person's participation in an implementation, from the counsellor's draft to the end,
 * shared by counsellor, provider and participant. Only the status rules exist so far (issue 4 builds the rest).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang", "audit", "tiltak"})
@org.jspecify.annotations.NullMarked
package no.samskap.deltakelse;
