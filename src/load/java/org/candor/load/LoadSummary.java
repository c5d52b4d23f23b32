package org.candor.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes {@code target/gatling/<scenario>-summary.json} beside Gatling's reports: per request
 * name the count, errors, p50/p95/p99 (ms) and throughput (per second), the same for all
 * requests, the ceiling's throughput in the same run and the scenario's ratio to it, the figures
 * the simulation measured itself, and Gatling's assertions. Gatling 3.15 keeps its statistics only
 * in the HTML report (the log is binary), so they are read from its statistics table.
 *
 * <p>Run by deploy/load/load.sh after the scenario; fails (so the script does) when an assertion
 * of the run failed.
 */
public final class LoadSummary {

  private LoadSummary() {}

  /** Gatling's statistics columns: col-2 total … col-14 standard deviation. */
  private static final Map<String, String> COLUMNS = Map.of(
      "requests", "col-2", "errors", "col-4", "perSecond", "col-6", "p50", "col-8", "p95", "col-10", "p99", "col-11", "max", "col-12");

  public static void main(String[] args) throws IOException {
    String scenario = System.getProperty("load.scenario");
    Path results = Path.of(System.getProperty("load.results", "target/gatling"));
    String ceilingReport = System.getProperty("load.ceilingReport");
    Path ceilingFolder = ceilingReport != null ? Path.of(ceilingReport) : newestReport(results, "CeilingSimulation");
    Path scenarioReport = newestReport(results, System.getProperty("gatling.simulationClass"));
    Document run = Jsoup.parse(scenarioReport.resolve("index.html").toFile());

    Path workDir = Path.of(System.getProperty("load.workDir", "target/load"));
    JsonObject measured = measurements(workDir.resolve("measurements.json"));
    JsonObject total = withCpuPerRequest(statistics(row(run, "ROOT")), measured);
    JsonObject ceilingTotal = withCpuPerRequest(total(ceilingFolder), measurements(workDir.resolve("ceiling-measurements.json")));
    JsonArrayBuilder requests = Json.createArrayBuilder();
    run.select("#container_statistics_body tr").forEach(tr -> requests.add(
        Json.createObjectBuilder().add("name", tr.selectFirst(".ellipsed-name").text()).addAll(Json.createObjectBuilder(statistics(tr)))));
    JsonArrayBuilder assertions = Json.createArrayBuilder();
    boolean passed = true;
    for (Element tr : run.select("#container_assertions tbody tr")) {
      boolean ok = "OK".equals(tr.selectFirst(".error-col-2").text());
      passed &= ok;
      assertions.add(Json.createObjectBuilder().add("assertion", tr.selectFirst(".error-col-1").ownText()).add("passed", ok));
    }
    double ceilingPerSecond = ceilingTotal.getJsonNumber("perSecond").doubleValue();
    JsonObjectBuilder summary = Json.createObjectBuilder()
        .add("scenario", scenario)
        .add("size", System.getProperty("load.size"))
        .add("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
        .add("database", System.getProperty("load.database", "h2"))
        .add("heap", System.getProperty("load.heap", ""))
        .add("report", scenarioReport.resolve("index.html").toString())
        .add("total", total)
        .add("requests", requests)
        .add("ceiling", ceilingTotal)
        .add("ratioToCeiling", ceilingPerSecond > 0 ? Math.round(total.getJsonNumber("perSecond").doubleValue() / ceilingPerSecond * 1000) / 1000.0 : 0)
        .add("assertions", assertions);
    if (!measured.isEmpty()) {
      summary.add("measured", measured);
    }
    StringWriter json = new StringWriter();
    try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
      writer.write(summary.build());
    }
    Path file = results.resolve(scenario + "-summary.json");
    Files.writeString(file, json.toString().strip() + "\n");
    System.out.println(json.toString().strip());
    System.out.println("Summary: " + file);
    if (!passed) {
      throw new IllegalStateException("A target of " + scenario + " was missed; see the assertions above and " + scenarioReport.resolve("index.html"));
    }
  }

  /** What the simulation measured itself (deploy/load/load.sh keeps the ceiling's apart); empty if nothing. */
  private static JsonObject measurements(Path file) throws IOException {
    if (!Files.exists(file)) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
      return reader.readObject();
    }
  }

  /**
   * Adds the server's CPU milliseconds per request when the simulation measured the CPU its
   * requests took: beside the ceiling's, it shows how far a scenario's requests are from the
   * cheapest one this server can answer.
   */
  private static JsonObject withCpuPerRequest(JsonObject statistics, JsonObject measured) {
    long requests = statistics.getJsonNumber("requests").longValue();
    if (!measured.containsKey("serverCpuMs") || requests == 0) {
      return statistics;
    }
    double perRequest = measured.getJsonNumber("serverCpuMs").doubleValue() / requests;
    return Json.createObjectBuilder(statistics).add("serverCpuMsPerRequest", Math.round(perRequest * 100) / 100.0).build();
  }

  /** Requests per second of all the requests in a Gatling report (its folder). */
  static double perSecond(Path report) throws IOException {
    return total(report).getJsonNumber("perSecond").doubleValue();
  }

  private static JsonObject total(Path report) throws IOException {
    return statistics(row(Jsoup.parse(report.resolve("index.html").toFile()), "ROOT"));
  }

  private static Path newestReport(Path results, String simulationClass) throws IOException {
    String prefix = simulationClass.substring(simulationClass.lastIndexOf('.') + 1).toLowerCase() + "-";
    try (Stream<Path> reports = Files.list(results)) {
      return reports.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.exists(p.resolve("index.html")))
          .max(Comparator.comparing(p -> p.getFileName().toString()))
          .orElseThrow(() -> new IllegalStateException("no Gatling report of " + simulationClass + " in " + results));
    }
  }

  private static Element row(Document report, String id) {
    return report.getElementById(id);
  }

  private static JsonObject statistics(Element row) {
    JsonObjectBuilder figures = Json.createObjectBuilder();
    for (String figure : List.of("requests", "errors", "perSecond", "p50", "p95", "p99", "max")) {
      String text = row.selectFirst("td." + COLUMNS.get(figure)).text().replace(",", "");
      figures.add(figure, text.equals("-") ? JsonValue.NULL : Json.createValue(new BigDecimal(text)));
    }
    return figures.build();
  }
}
