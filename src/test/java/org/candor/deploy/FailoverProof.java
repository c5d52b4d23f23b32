package org.candor.deploy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover proof of deploy/cluster/failover-proof.sh: simulated participants save answers
 * through nginx with idempotency keys, retrying on connection errors, while the node serving a
 * signed-in browser session is killed halfway; then every acknowledged save is checked against the
 * database and the session must still be signed in.
 *
 * <p>Each participant saves a fresh value into one of its assessment's text questions, one save at
 * a time, so the last acknowledged value of every (assessment, question) is what the database must
 * hold: anything else is an acknowledged save lost.
 *
 * <p>Settings are system properties: failover.base, failover.participants, failover.seconds,
 * failover.admin-password, failover.nodes (host:port=pid,...), failover.jdbc-url, failover.jdbc-user.
 */
public final class FailoverProof {

  private static final String QUESTIONNAIRE = "collaboration-review";
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);
  /** How long a save begun before the end may keep retrying; the run stops by itself after it. */
  private static final Duration DRAIN = Duration.ofSeconds(60);

  private final URI base;
  private final int participants;
  private final Duration duration;
  private final String adminPassword;
  private final Map<String, Long> nodePids;
  private final String jdbcUrl;
  private final String jdbcUser;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();

  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong inProgressWaits = new AtomicLong();
  private final AtomicLong replayed = new AtomicLong();
  private final AtomicLong unexpected = new AtomicLong();
  private final AtomicLong abandoned = new AtomicLong();
  private final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
  private final Map<Slot, String> lastAcknowledged = new ConcurrentHashMap<>();
  private final Set<Slot> uncertain = ConcurrentHashMap.newKeySet();
  private volatile long killedAtNanos = Long.MAX_VALUE;

  record Participant(int index, String username, String token, long assessmentId) {}

  record Slot(long assessmentId, String questionId) {}

  record Ack(String username, String key, long startedNanos, long latencyNanos) {}

  private FailoverProof() {
    base = URI.create(System.getProperty("failover.base", "http://127.0.0.1:28080/"));
    participants = Integer.getInteger("failover.participants", 200);
    duration = Duration.ofSeconds(Integer.getInteger("failover.seconds", 60));
    adminPassword = System.getProperty("failover.admin-password");
    nodePids = parseNodes(System.getProperty("failover.nodes", ""));
    jdbcUrl = System.getProperty("failover.jdbc-url");
    jdbcUser = System.getProperty("failover.jdbc-user", "postgres");
  }

  public static void main(String[] args) {
    boolean passed = false;
    try {
      passed = new FailoverProof().run();
    } catch (Exception e) {
      e.printStackTrace();
    }
    // Exit explicitly: the HTTP clients' threads would otherwise keep the JVM, and the script, waiting.
    System.exit(passed ? 0 : 1);
  }

  private boolean run() throws Exception {
    List<String> textQuestions = textQuestions(adminToken());
    System.out.printf("Setting up %d participants (account, token, assessment of %s; text questions %s)%n", participants, QUESTIONNAIRE, textQuestions);
    List<Participant> crowd = setUp();

    BrowserSession browser = BrowserSession.signIn(base, "admin", adminPassword);
    String sessionNode = browser.node();
    Long victim = nodePids.get(sessionNode);
    if (victim == null) {
      throw new IllegalStateException("The signed-in session is served by " + sessionNode + ", which is not one of " + nodePids.keySet());
    }
    System.out.printf("Signed-in browser session is served by %s (pid %d): that node will be killed%n", sessionNode, victim);

    long start = System.nanoTime();
    long end = start + duration.toNanos();
    long hardEnd = end + DRAIN.toNanos();
    ExecutorService load = Executors.newFixedThreadPool(participants);
    List<Future<?>> running = new ArrayList<>();
    for (Participant p : crowd) {
      running.add(load.submit(() -> saveUntil(p, textQuestions, end, hardEnd)));
    }
    Thread.sleep(Math.max(0, Duration.ofNanos(start + duration.toNanos() / 2 - System.nanoTime()).toMillis()));
    ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
    killedAtNanos = System.nanoTime();
    System.out.printf("SIGKILL sent to %s (pid %d) after %d s%n", sessionNode, victim, Duration.ofNanos(killedAtNanos - start).toSeconds());
    for (Future<?> f : running) {
      f.get();
    }
    load.shutdown();
    System.out.printf("Load finished after %d s%n", Duration.ofNanos(System.nanoTime() - start).toSeconds());

    BrowserSession.Check afterKill = browser.check();
    Ledger ledger = checkLedger(crowd);

    List<Long> before = new ArrayList<>();
    List<Long> after = new ArrayList<>();
    synchronized (acks) {
      for (Ack a : acks) {
        (a.startedNanos() < killedAtNanos ? before : after).add(a.latencyNanos());
      }
    }
    System.out.println();
    System.out.println("=== Failover proof: " + participants + " participants, " + duration.toSeconds() + " s, node killed halfway");
    System.out.printf("acknowledged saves        %d (%.0f/s)%n", acks.size(), acks.size() / (double) duration.toSeconds());
    System.out.printf("retries                   %d: %d after connection errors or 502/503/504, %d after 409 (key still in progress); %d answered by a replay%n",
        retries.get() + inProgressWaits.get(), retries.get(), inProgressWaits.get(), replayed.get());
    System.out.printf("lost                      %d (acknowledged values missing from the database, of %d slots checked)%n", ledger.lost(), ledger.checked());
    System.out.printf("duplicates                %d (answer rows beyond one per slot) + %d acknowledged keys recorded other than once%n", ledger.duplicateRows(), ledger.keysNotOnce());
    System.out.printf("unexpected responses      %d; saves abandoned unacknowledged at the drain limit: %d%n", unexpected.get(), abandoned.get());
    System.out.printf("p99 latency before kill   %d ms (%d saves)%n", p99Millis(before), before.size());
    System.out.printf("p99 latency after kill    %d ms (%d saves)%n", p99Millis(after), after.size());
    System.out.printf("session after kill        %s (served by %s)%n", afterKill.signedIn() ? "still signed in" : "LOST", afterKill.node());

    boolean passed =
        !acks.isEmpty() && ledger.lost() == 0 && ledger.duplicateRows() == 0 && ledger.keysNotOnce() == 0
            && unexpected.get() == 0 && abandoned.get() == 0 && afterKill.signedIn() && !before.isEmpty() && !after.isEmpty();
    System.out.println(passed ? "FAILOVER PROOF PASSED" : "FAILOVER PROOF FAILED");
    return passed;
  }

  private void saveUntil(Participant p, List<String> questions, long end, long hardEnd) {
    int sequence = 0;
    while (System.nanoTime() < end) {
      Slot slot = new Slot(p.assessmentId(), questions.get(sequence % questions.size()));
      String value = "participant " + p.index() + " save " + sequence;
      String key = UUID.randomUUID().toString();
      long started = System.nanoTime();
      if (saveWithRetries(p, slot, value, key, hardEnd)) {
        acks.add(new Ack(p.username(), key, started, System.nanoTime() - started));
        lastAcknowledged.put(slot, value);
      } else {
        // The server may or may not have applied it; this slot can no longer be judged.
        uncertain.add(slot);
      }
      sequence++;
    }
  }

  private boolean saveWithRetries(Participant p, Slot slot, String value, String key, long hardEnd) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/assessments/" + slot.assessmentId() + "/answers/" + slot.questionId()))
            .timeout(ATTEMPT_TIMEOUT)
            .header("Authorization", "Bearer " + p.token())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("value", value).build().toString()))
            .build();
    while (System.nanoTime() < hardEnd) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 200) {
          if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
            replayed.incrementAndGet();
          }
          return true;
        }
        if (status == 409) {
          inProgressWaits.incrementAndGet();
          pause(500);
        } else if (status == 502 || status == 503 || status == 504) {
          retries.incrementAndGet();
          pause(200);
        } else {
          unexpected.incrementAndGet();
          System.err.printf("unexpected %d for %s: %s%n", status, request.uri(), response.body());
          return false;
        }
      } catch (IOException e) {
        retries.incrementAndGet();
        pause(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    abandoned.incrementAndGet();
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  record Ledger(int checked, int lost, int duplicateRows, int keysNotOnce) {}

  /** Compares the ledger with the answer and idempotency_key tables. */
  private Ledger checkLedger(List<Participant> crowd) throws SQLException {
    Map<Long, Participant> byAssessment = new HashMap<>();
    crowd.forEach(p -> byAssessment.put(p.assessmentId(), p));
    Map<Slot, List<String>> stored = new HashMap<>();
    Map<String, Integer> recordedKeys = new HashMap<>();
    try (Connection db = DriverManager.getConnection(jdbcUrl, jdbcUser, "")) {
      try (PreparedStatement select = db.prepareStatement("SELECT assessment_id, question_id, value_json FROM answer");
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Slot slot = new Slot(rows.getLong(1), rows.getString(2));
          if (byAssessment.containsKey(slot.assessmentId())) {
            String value = Json.createReader(new StringReader(rows.getString(3))).readValue().toString();
            stored.computeIfAbsent(slot, s -> new ArrayList<>()).add(value);
          }
        }
      }
      try (PreparedStatement select =
              db.prepareStatement("SELECT caller, idempotency_key FROM idempotency_key WHERE response_status = 200");
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          recordedKeys.merge(rows.getString(1) + " " + rows.getString(2), 1, Integer::sum);
        }
      }
    }
    int checked = 0;
    int lost = 0;
    for (Map.Entry<Slot, String> expected : lastAcknowledged.entrySet()) {
      if (uncertain.contains(expected.getKey())) {
        continue;
      }
      checked++;
      List<String> values = stored.getOrDefault(expected.getKey(), List.of());
      if (!values.contains(Json.createValue(expected.getValue()).toString())) {
        lost++;
        System.err.println("lost: " + expected.getKey() + " should hold '" + expected.getValue() + "', holds " + values);
      }
    }
    int duplicateRows = stored.values().stream().mapToInt(v -> v.size() - 1).sum();
    int keysNotOnce = 0;
    synchronized (acks) {
      for (Ack a : acks) {
        if (recordedKeys.getOrDefault(a.username() + " " + a.key(), 0) != 1) {
          keysNotOnce++;
        }
      }
    }
    return new Ledger(checked, lost, duplicateRows, keysNotOnce);
  }

  private List<Participant> setUp() throws Exception {
    String admin = adminToken();
    String runId = UUID.randomUUID().toString().substring(0, 6);
    ExecutorService setup = Executors.newFixedThreadPool(8);
    List<Future<Participant>> pending = new ArrayList<>();
    for (int i = 0; i < participants; i++) {
      int index = i;
      pending.add(setup.submit(() -> participant(admin, index, "p" + index + "-" + runId)));
    }
    List<Participant> crowd = new ArrayList<>();
    for (Future<Participant> f : pending) {
      crowd.add(f.get());
    }
    setup.shutdown();
    return crowd;
  }

  private Participant participant(String adminToken, int index, String username) throws Exception {
    String password = "participant-" + username;
    expect(201, post("api/v1/accounts", adminToken, Json.createObjectBuilder().add("username", username).add("password", password).build()));
    String token = token(username, password);
    JsonObject assessment =
        expect(201, post("api/v1/assessments", token, Json.createObjectBuilder().add("title", "Failover " + username).add("questionnaireId", QUESTIONNAIRE).build()));
    return new Participant(index, username, token, assessment.getJsonNumber("id").longValue());
  }

  private String adminToken() throws Exception {
    return token("admin", adminPassword);
  }

  private String token(String username, String password) throws Exception {
    JsonObject body = Json.createObjectBuilder().add("username", username).add("password", password).add("name", "failover proof").build();
    return expect(201, post("api/v1/auth/token", null, body)).getString("token");
  }

  /** The questionnaire's text questions shown without conditions: free-form values make every save unique. */
  private List<String> textQuestions(String token) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(base.resolve("api/v1/questionnaires/" + QUESTIONNAIRE)).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonObject questionnaire = expect(200, response);
    List<String> ids = new ArrayList<>();
    for (JsonValue section : questionnaire.getJsonArray("sections")) {
      for (JsonValue question : section.asJsonObject().getJsonArray("questions")) {
        JsonObject q = question.asJsonObject();
        boolean conditional = q.containsKey("showIf") && q.get("showIf").getValueType() != JsonValue.ValueType.NULL;
        if ("text".equalsIgnoreCase(q.getString("type", "")) && !conditional) {
          ids.add(q.getString("id"));
        }
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException(QUESTIONNAIRE + " has no unconditional text question");
    }
    return ids;
  }

  private HttpResponse<String> post(String path, String token, JsonObject body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(ATTEMPT_TIMEOUT).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static long p99Millis(List<Long> latencies) {
    if (latencies.isEmpty()) {
      return -1;
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return Duration.ofNanos(sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1)).toMillis();
  }

  private static Map<String, Long> parseNodes(String spec) {
    Map<String, Long> nodes = new LinkedHashMap<>();
    for (String entry : spec.split(",")) {
      if (!entry.isBlank()) {
        String[] parts = entry.trim().split("=");
        nodes.put(parts[0], Long.parseLong(parts[1]));
      }
    }
    return nodes;
  }

  /** A browser signed in on the login page: cookies, and the node nginx sends its session to. */
  static final class BrowserSession {
    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final String HOME = "app/home.xhtml";

    private final HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    record Check(boolean signedIn, String node) {}

    private BrowserSession(URI base) {
      this.base = base;
    }

    static BrowserSession signIn(URI base, String username, String password) throws Exception {
      BrowserSession browser = new BrowserSession(base);
      // The first visit gets a session cookie; the second is then sticky, so the form comes from the node that posts it.
      browser.get("login.xhtml");
      String page = browser.get("login.xhtml").body();
      Map<String, String> form = new LinkedHashMap<>();
      Matcher hidden = HIDDEN_INPUT.matcher(page);
      while (hidden.find()) {
        Matcher name = NAME.matcher(hidden.group());
        Matcher value = VALUE.matcher(hidden.group());
        if (name.find()) {
          form.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
        }
      }
      form.put("login:username", username);
      form.put("login:password", password);
      form.put("login:submit", "");
      StringBuilder encoded = new StringBuilder();
      form.forEach((k, v) -> encoded.append(encoded.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      HttpResponse<String> posted =
          browser.client.send(
              HttpRequest.newBuilder(base.resolve("login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())).build(),
              HttpResponse.BodyHandlers.ofString());
      String location = posted.headers().firstValue("Location").orElse("");
      if (posted.statusCode() / 100 != 3 || !location.contains(HOME)) {
        throw new IllegalStateException("Sign-in on the login page failed: " + posted.statusCode() + " " + location);
      }
      Check signedIn = browser.check();
      if (!signedIn.signedIn()) {
        throw new IllegalStateException("Signed in, but the home page is not shown");
      }
      return browser;
    }

    String node() throws Exception {
      return check().node();
    }

    /** Signed in when the home page is served (not a redirect to the login page) with its sign-out button. */
    Check check() throws Exception {
      HttpResponse<String> home = get(HOME);
      String node = home.headers().firstValue("X-Candor-Node").orElse("?");
      return new Check(home.statusCode() == 200 && home.body().contains("signOut"), node);
    }

    private HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(ATTEMPT_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
