/**
 * Shared value types and the exceptions every module uses to reject a request: organisasjonsnummer, money,
 * field violations, business-rule violations and not-found. No Spring here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package no.samskap.shared;
