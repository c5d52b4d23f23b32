package org.candor.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An assessment's report, as a PDF to file and as JSON to keep. Participants only, like the
 * assessment itself; browsers signed in to the pages may follow these links too. Both are in the
 * first language the request accepts (Accept-Language), as far as the questionnaire and the
 * interface texts have it, else in the questionnaire's source language and English.
 */
@Path("/assessments/{id}/report")
public class ReportResource {

  @Inject Reports reports;

  @PathParam("id") long id;

  @Context HttpHeaders headers;

  @GET
  @Path("/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The report a review board files: project, team, questionnaire version and hash, consensus, dissent, recommendation with its trace, dates")
  public Response pdf() {
    Locale language = language();
    AssessmentReport report = reports.report(id, language, "pdf");
    byte[] pdf = new PdfReport(language).render(report);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"candor-assessment-" + id + "-v" + report.version() + ".pdf\"")
        .build();
  }

  @GET
  @Path("/json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The same report as JSON")
  public AssessmentReport json() {
    return reports.report(id, language(), "json");
  }

  private Locale language() {
    return headers.getAcceptableLanguages().stream().filter(l -> !l.getLanguage().equals("*")).findFirst().orElse(Locale.ENGLISH);
  }
}
