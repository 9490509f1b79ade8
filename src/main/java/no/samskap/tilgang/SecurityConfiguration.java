package no.samskap.tilgang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Three filter chains. {@code /api/**}: stateless, HTTP Basic in demo mode, JWT bearer tokens in OIDC mode, 401
 * instead of a login redirect, no CSRF (no cookies). Pages: form login with the demo users, or OIDC login; CSRF on;
 * sessions in PostgreSQL (Spring Session JDBC). Swagger UI: public static files. All send strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    /** Swagger UI injects styles at run time; its pages alone also allow inline styles (never inline scripts). */
    static final String SWAGGER_UI_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Refuses to start with an unsafe or incomplete set-up (see {@link SecuritySetupCheck}). */
    @Bean
    static SecuritySetupCheck securitySetupCheck() {
        return new SecuritySetupCheck();
    }

    @Bean
    @ConditionalOnWebApplication // a command (platform.Kommandolinje) serves no requests
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        if (properties.demo()) {
            // 401 without WWW-Authenticate, so a browser shows no password dialog; scripts send Basic pre-emptively.
            http.httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        } else {
            // Bearer tokens only: the resource server's entry point answers 401 with WWW-Authenticate: Bearer.
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(jwtConverter(properties))));
        }
        return http.build();
    }

    /** Swagger UI's static files: public, like the OpenAPI document, with {@link #SWAGGER_UI_CSP}. */
    @Bean
    @ConditionalOnWebApplication // a command (platform.Kommandolinje) serves no requests
    @Order(2)
    SecurityFilterChain swaggerUi(HttpSecurity http) {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SWAGGER_UI_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)));
        return http.build();
    }

    @Bean
    @ConditionalOnWebApplication // a command (platform.Kommandolinje) serves no requests
    @Order(3)
    SecurityFilterChain pages(
            HttpSecurity http,
            SecurityProperties properties,
            ObjectProvider<ClientRegistrationRepository> registrations) {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/static/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)));
        if (properties.demo()) {
            http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                    .logout(l -> l.logoutSuccessUrl("/login?logget-ut"))
                    .exceptionHandling(e -> e.authenticationEntryPoint(pageEntryPoint("/login")));
        } else {
            ClientRegistrationRepository repository = registrations.getObject();
            var logout = new OidcClientInitiatedLogoutSuccessHandler(repository);
            logout.setPostLogoutRedirectUri("{baseUrl}/login?logget-ut");
            logout.setDefaultTargetUrl("/login?logget-ut");
            http.oauth2Login(o -> o.loginPage("/login")
                            .defaultSuccessUrl("/", false)
                            .userInfoEndpoint(u -> u.oidcUserService(oidcUserService(properties))))
                    .logout(l -> l.logoutSuccessHandler(logout));
            // With one identity provider a page request without a session goes straight to it (no extra click).
            List<String> ids = registrationIds(repository);
            String login = ids.size() == 1 ? "/oauth2/authorization/" + ids.getFirst() : "/login";
            http.exceptionHandling(e -> e.authenticationEntryPoint(pageEntryPoint(login)));
        }
        return http.build();
    }

    /**
     * Pages without a session are redirected to {@code loginUrl}. An htmx request (its session ran out while the page
     * was open) cannot follow a redirect to a login page in the background: it gets 401 with {@code HX-Redirect}, so
     * htmx moves the whole page there.
     */
    static AuthenticationEntryPoint pageEntryPoint(String loginUrl) {
        AuthenticationEntryPoint htmx = (request, response, exception) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + loginUrl);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        };
        return new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint(loginUrl),
                new RequestMatcherEntry<>(new RequestHeaderRequestMatcher("HX-Request", "true"), htmx));
    }

    /**
     * Only the demo users have passwords, and theirs ("demo") is published in the README, so a slow hash protects
     * nothing: a single round of PBKDF2 keeps HTTP Basic, which checks the password on every API request, from costing
     * ~90 ms of CPU per request as bcrypt does (bench/RESULTS.md). Declared as a bean so Spring Security does not
     * re-hash the passwords with its slow default on first use. Production has no local passwords at all.
     */
    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        return properties.demo()
                ? new Pbkdf2PasswordEncoder("", 16, 1, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256)
                : PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(SecurityProperties properties, DemoUsers demoUsers, PasswordEncoder encoder) {
        if (!properties.demo()) {
            // OIDC mode: no local users at all (form login and HTTP Basic are off as well).
            return new InMemoryUserDetailsManager();
        }
        var users = demoUsers.all().stream()
                .map(u -> User.withUsername(u.username())
                        .password(encoder.encode("demo"))
                        .roles(u.rolle().name())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** The ids of the configured OIDC client registrations (for the login page's links). */
    static List<String> registrationIds(@Nullable ClientRegistrationRepository repository) {
        var ids = new ArrayList<String>();
        if (repository instanceof Iterable<?> iterable) {
            for (Object registration : iterable) {
                if (registration instanceof ClientRegistration r) {
                    ids.add(r.getRegistrationId());
                }
            }
        }
        return ids;
    }

    /**
     * OIDC login: roles come from the configured claim of the ID token or user info; the principal's name is the
     * ident claim when the token has one (so sessions are indexed by NAVident), otherwise {@code sub}.
     */
    static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(SecurityProperties properties) {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<GrantedAuthority> authorities = rolesFrom(Claims.get(user.getClaims(), properties.rolesClaim()));
            String nameKey = user.getClaims().get(properties.identClaim()) instanceof String s && !s.isBlank()
                    ? properties.identClaim()
                    : "sub";
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameKey);
        };
    }

    /** API: roles come from the configured claim of the access token; unknown role names are ignored. */
    static JwtAuthenticationConverter jwtConverter(SecurityProperties properties) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(
                jwt -> List.copyOf(rolesFrom(Claims.get(jwt.getClaims(), properties.rolesClaim()))));
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    static Set<GrantedAuthority> rolesFrom(@Nullable Object claim) {
        return Claims.strings(claim).stream()
                .map(n -> n.startsWith("ROLE_") ? n.substring(5) : n)
                .map(n -> n.toUpperCase(Locale.ROOT))
                .filter(SecurityConfiguration::isRolle)
                .map(n -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + n))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isRolle(String name) {
        for (Rolle r : Rolle.values()) {
            if (r.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Reading claims that may be nested ({@code realm_access.roles}), lists or space/comma separated strings. */
    static final class Claims {

        private Claims() {}

        static @Nullable Object get(Map<String, Object> claims, String name) {
            if (claims.containsKey(name)) {
                return claims.get(name);
            }
            Object current = claims;
            for (String part : name.split("\\.")) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(part);
            }
            return current;
        }

        static List<String> strings(@Nullable Object value) {
            if (value instanceof java.util.Collection<?> c) {
                return c.stream()
                        .map(String::valueOf)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
            }
            if (value instanceof String s && !s.isBlank()) {
                return List.of(s.trim().split("[ ,]+"));
            }
            return List.of();
        }

        static @Nullable String string(Map<String, Object> claims, String name) {
            Object value = get(claims, name);
            if (value instanceof String s && !s.isBlank()) {
                return s.trim();
            }
            List<String> values = value instanceof java.util.Collection<?> ? strings(value) : List.of();
            return values.isEmpty() ? null : values.getFirst();
        }
    }
}
