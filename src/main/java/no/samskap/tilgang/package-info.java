/**
 * Users, roles and the access policy: who is logged in ({@link no.samskap.tilgang.Innlogget}), with which role and
 * relation (NAV office, provider organisation), and the security set-up (demo form login, OIDC in production).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
@org.jspecify.annotations.NullMarked
package no.samskap.tilgang;
