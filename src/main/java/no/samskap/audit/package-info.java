/**
 * The audit log: who read or changed which person's data, when and why. Append-only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang"})
@org.jspecify.annotations.NullMarked
package no.samskap.audit;
