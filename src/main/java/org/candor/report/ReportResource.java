package org.candor.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import org.candor.platform.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An assessment's report, as a PDF to file and as JSON to keep. Participants only, like the
 * assessment itself; browsers signed in to the pages may follow these links too.
 */
@Path("/assessments/{id}/report")
public class ReportResource {

  @Inject Reports reports;

  @PathParam("id") long id;

  @GET
  @Path("/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The report a review board files: project, team, questionnaire version and hash, consensus, dissent, recommendation with its trace, dates")
  public Response pdf() {
    AssessmentReport report = reports.report(id);
    byte[] pdf = new PdfReport(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH)).render(report);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"candor-assessment-" + id + "-v" + report.version() + ".pdf\"")
        .build();
  }

  @GET
  @Path("/json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The same report as JSON")
  public AssessmentReport json() {
    return reports.report(id);
  }
}
