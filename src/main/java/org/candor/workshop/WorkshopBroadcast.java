package org.candor.workshop;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.candor.platform.JsonBuilders;

/**
 * Pushes changes to the open sockets of a workshop on this node: the full {@link LiveState} to
 * presenter views, and only "the room moved or ended" to participants' phones. Changes are
 * coalesced: one push at a time per workshop, and changes made while it runs ride along with the
 * next ({@link PushSchedule}).
 *
 * <p>In a cluster each node pushes to the sockets connected to it, so a presenter sees changes made
 * through its own node only; see the README.
 */
@ApplicationScoped
public class WorkshopBroadcast {

  private static final Logger LOG = Logger.getLogger(WorkshopBroadcast.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource ManagedScheduledExecutorService executor;
  @Inject LiveStates states;

  private static final String LOCALE = "candor.locale";
  /**
   * The shortest time between two pushes of one workshop: during a burst this turns a push per
   * answer into a few a second, well inside the second a presenter may wait for an answer to show.
   */
  static final Duration MIN_PUSH_INTERVAL = Duration.ofMillis(250);

  private final Map<Long, Set<Session>> presenters = new ConcurrentHashMap<>();
  private final Map<Long, Set<Session>> rooms = new ConcurrentHashMap<>();
  private final Map<Long, PushSchedule> schedules = new ConcurrentHashMap<>();
  /** The last position pushed to each workshop's phones, also sent to a phone as it connects. */
  private final Map<Long, String> roomPositions = new ConcurrentHashMap<>();

  /** @param locale the language of the presenter's page, which its pushes are written in */
  void addPresenter(long workshopId, Session session, Locale locale) {
    session.getUserProperties().put(LOCALE, locale);
    presenters.computeIfAbsent(workshopId, k -> ConcurrentHashMap.newKeySet()).add(session);
    LiveState state = states.of(workshopId, locale);
    if (state != null) {
      send(session, JSON.toJson(state));
    }
  }

  void addRoomMember(long workshopId, Session session) {
    rooms.computeIfAbsent(workshopId, k -> ConcurrentHashMap.newKeySet()).add(session);
    String position = roomPositions.get(workshopId);
    if (position != null) {
      send(session, position);
    }
  }

  void remove(Session session) {
    presenters.values().forEach(s -> s.remove(session));
    rooms.values().forEach(s -> s.remove(session));
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkshopChanged change) {
    long id = change.workshopId();
    PushSchedule schedule = schedules.computeIfAbsent(id, k -> new PushSchedule());
    if (schedule.changed()) {
      later(0, id, schedule, () -> pushThenSettle(id, schedule));
    }
  }

  /**
   * Pushes, then waits out the interval without holding a thread: changes arriving meanwhile ride
   * along with one more push after it, since a screen needs no more updates and each push counts
   * every answer again.
   */
  private void pushThenSettle(long id, PushSchedule schedule) {
    long started = System.nanoTime();
    schedule.starting();
    push(id);
    long remaining = started + MIN_PUSH_INTERVAL.toNanos() - System.nanoTime();
    later(Math.max(0, remaining), id, schedule, () -> {
      if (schedule.finished()) {
        pushThenSettle(id, schedule);
      }
    });
  }

  private void later(long delayNanos, long id, PushSchedule schedule, Runnable step) {
    try {
      executor.schedule(step, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      schedule.abandon();
      LOG.log(Level.WARNING, "Could not schedule a push for workshop " + id + "; the next change will", e);
    }
  }

  private void push(long id) {
    try {
      Map<Locale, List<Session>> byLanguage = presenters.getOrDefault(id, Set.of()).stream()
          .collect(Collectors.groupingBy(s -> (Locale) s.getUserProperties().get(LOCALE)));
      LiveStates.Snapshot snapshot = states.snapshot(id, byLanguage.keySet());
      if (snapshot == null) {
        return;
      }
      byLanguage.forEach((language, sessions) -> {
        String presenterMessage = JSON.toJson(snapshot.byLocale().get(language));
        sessions.forEach(s -> send(s, presenterMessage));
      });
      String position = JsonBuilders.object()
          .add("currentQuestion", snapshot.currentQuestion())
          .add("status", snapshot.status().name())
          .build().toString();
      // Phones only follow the room's position: most changes are answers, which leave it as it was
      if (!position.equals(roomPositions.put(id, position))) {
        rooms.getOrDefault(id, Set.of()).forEach(s -> send(s, position));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not push the state of workshop " + id, e);
    }
  }

  private void send(Session session, String message) {
    if (!session.isOpen()) {
      remove(session);
      return;
    }
    try {
      synchronized (session) {
        session.getBasicRemote().sendText(message);
      }
    } catch (IOException e) {
      remove(session);
    }
  }
}
