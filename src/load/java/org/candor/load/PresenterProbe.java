package org.candor.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The presenter view's WebSocket ({@code /ws/presenter/{id}}), held open through a workshop burst,
 * and the delay from an answer to the presenter seeing it.
 *
 * <p>Every participant answers each question once, so the total of the pushed counts only grows,
 * by one per saved answer. When the n-th acknowledged answer comes back, at least n answers are
 * committed; its delay is from the moment it was sent to the first push showing a total of at
 * least n. Pushes are coalesced, so this is exactly what a presenter watching the screen sees.
 */
final class PresenterProbe implements WebSocket.Listener {

  private record Push(long nanos, int total) {}

  private record Sent(long sentNanos, int acknowledged) {}

  private final List<Push> pushes = new ArrayList<>();
  private final ConcurrentLinkedQueue<Sent> answers = new ConcurrentLinkedQueue<>();
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  PresenterProbe(String baseUrl, long workshopId, String bearerToken) {
    try {
      socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .header("Authorization", "Bearer " + bearerToken)
          .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws/presenter/" + workshopId), this)
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the presenter socket did not open", e);
    }
  }

  /** Call when an answer sent at {@code sentNanos} (System.nanoTime) has been acknowledged. */
  void acknowledged(long sentNanos) {
    answers.add(new Sent(sentNanos, acknowledged.incrementAndGet()));
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      JsonObject state = Json.createReader(new StringReader(partial.toString())).readObject();
      partial.setLength(0);
      int total = state.getJsonArray("questions").stream().mapToInt(q -> q.asJsonObject().getInt("answers")).sum();
      synchronized (pushes) {
        pushes.add(new Push(System.nanoTime(), total));
      }
    }
    webSocket.request(1);
    return null;
  }

  /** Waits, at most {@code limit}, until a push shows every acknowledged answer. */
  void awaitLastAnswer(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (pushes) {
        if (!pushes.isEmpty() && pushes.get(pushes.size() - 1).total() >= acknowledged.get()) {
          return;
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Closes the socket and returns the figures: pushes received, delays measured and missed, p50/p95/p99 in ms. */
  JsonObject close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    List<Push> seen;
    synchronized (pushes) {
      seen = List.copyOf(pushes);
    }
    List<Long> delays = new ArrayList<>();
    int unseen = 0;
    for (Sent answer : answers) {
      Push shown = seen.stream().filter(p -> p.total() >= answer.acknowledged()).findFirst().orElse(null);
      if (shown == null) {
        unseen++;
      } else {
        delays.add(Math.max(0, TimeUnit.NANOSECONDS.toMillis(shown.nanos() - answer.sentNanos())));
      }
    }
    long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
    return Json.createObjectBuilder()
        .add("presenterPushes", seen.size())
        .add("answersMeasured", sorted.length)
        .add("answersNeverShown", unseen)
        .add("presenterDelayMs", Json.createObjectBuilder()
            .add("p50", Measurements.percentile(sorted, 50))
            .add("p95", Measurements.percentile(sorted, 95))
            .add("p99", Measurements.percentile(sorted, 99))
            .add("max", sorted.length == 0 ? 0 : sorted[sorted.length - 1]))
        .build();
  }
}
