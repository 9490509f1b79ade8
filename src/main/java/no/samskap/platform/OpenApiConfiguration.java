package no.samskap.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI samskapOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Samskap API")
                        .version("v1")
                        .description("""
                                JSON API for partner systems: measure types, NAV units, municipalities, providers, \
                                agreements and implementations. Errors are RFC 9457 problem details with a stable \
                                `code`; invalid input lists `errors` with field, code and message. Editable resources \
                                carry a `version` that updates must send back (409 when stale). Authentication: HTTP \
                                Basic with the demo users in the demo profile, OAuth2 bearer tokens (JWT) in production."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
