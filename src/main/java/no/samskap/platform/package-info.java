/**
 * Cross-cutting plumbing: the embedded PostgreSQL default, problem details for the API, page error handling,
 * the layout model, the {@link java.time.Clock}, message bundles and change-history rendering.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package no.samskap.platform;
