package no.samskap.tilgang;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**}: stateless, HTTP Basic in demo mode, JWT bearer tokens in OIDC mode, 401
 * instead of a login redirect. Pages: form login with the demo users, or OIDC login; CSRF on; sessions in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        if (properties.demo()) {
            http.httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        } else {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(jwtConverter(properties))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .logout(l -> l.logoutSuccessUrl("/login?logget-ut"));
        if (properties.demo()) {
            http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll());
        } else {
            http.oauth2Login(Customizer.withDefaults());
        }
        return http.build();
    }

    @Bean
    UserDetailsService userDetailsService(SecurityProperties properties, DemoUsers demoUsers) {
        if (!properties.demo()) {
            if (properties.demoUsers() != null && !properties.demoUsers().isEmpty()) {
                throw new IllegalStateException(
                        "samskap.security.demo-users is set, but demo users are not allowed outside demo mode");
            }
            return new InMemoryUserDetailsManager();
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var users = demoUsers.all().stream()
                .map(u -> User.withUsername(u.username())
                        .password(encoder.encode("demo"))
                        .roles(u.rolle().name())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** OIDC login: roles come from the configured claim of the ID token (or user info). */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(SecurityProperties properties) {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<GrantedAuthority> authorities = rolesFrom(user.getClaims().get(properties.rolesClaim()));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo());
        };
    }

    static JwtAuthenticationConverter jwtConverter(SecurityProperties properties) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> List.copyOf(rolesFrom(jwt.getClaims().get(properties.rolesClaim()))));
        return converter;
    }

    static Set<GrantedAuthority> rolesFrom(Object claim) {
        Collection<String> names = InnloggetResolver.listClaim(claim);
        return names.stream()
                .map(n -> n.startsWith("ROLE_") ? n.substring(5) : n)
                .filter(n -> {
                    for (Rolle r : Rolle.values()) {
                        if (r.name().equalsIgnoreCase(n)) {
                            return true;
                        }
                    }
                    return false;
                })
                .map(n -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + n.toUpperCase(java.util.Locale.ROOT)))
                .collect(Collectors.toSet());
    }

}
