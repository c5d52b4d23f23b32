package org.candor.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public, versioned JSON API. Stateless: clients authenticate every call with a bearer token. */
@ApplicationPath(ApiApplication.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Candor API",
            version = "v1",
            description =
                "Questionnaires, assessments and recommendations. Obtain a bearer token with"
                    + " POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'."
                    + " Errors are RFC 9457 application/problem+json."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiApplication extends Application {
  public static final String PATH = "/api/v1";
}
