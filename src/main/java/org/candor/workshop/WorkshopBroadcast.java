package org.candor.workshop;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Pushes changes to the open sockets of a workshop on this node: the full {@link LiveState} to
 * presenter views, and only "the room moved or ended" to participants' phones. Changes are
 * coalesced: while a push for a workshop is waiting, further changes ride along with it.
 *
 * <p>In a cluster each node pushes to the sockets connected to it, so a presenter sees changes made
 * through its own node only; see the README.
 */
@ApplicationScoped
public class WorkshopBroadcast {

  private static final Logger LOG = Logger.getLogger(WorkshopBroadcast.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource ManagedExecutorService executor;
  @Inject LiveStates states;

  private static final String LOCALE = "candor.locale";

  private final Map<Long, Set<Session>> presenters = new ConcurrentHashMap<>();
  private final Map<Long, Set<Session>> rooms = new ConcurrentHashMap<>();
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();

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
  }

  void remove(Session session) {
    presenters.values().forEach(s -> s.remove(session));
    rooms.values().forEach(s -> s.remove(session));
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkshopChanged change) {
    long id = change.workshopId();
    if (pending.add(id)) {
      executor.execute(() -> push(id));
    }
  }

  private void push(long id) {
    pending.remove(id);
    try {
      Map<Locale, List<Session>> byLanguage = presenters.getOrDefault(id, Set.of()).stream()
          .collect(Collectors.groupingBy(s -> (Locale) s.getUserProperties().get(LOCALE)));
      LiveState state = null;
      for (Map.Entry<Locale, List<Session>> language : byLanguage.entrySet()) {
        state = states.of(id, language.getKey());
        if (state == null) {
          return;
        }
        String presenterMessage = JSON.toJson(state);
        language.getValue().forEach(s -> send(s, presenterMessage));
      }
      if (state == null) {
        state = states.of(id, Locale.ENGLISH);
      }
      if (state == null) {
        return;
      }
      String roomMessage = Json.createObjectBuilder()
          .add("currentQuestion", state.currentQuestion())
          .add("status", state.status().name())
          .build().toString();
      rooms.getOrDefault(id, Set.of()).forEach(s -> send(s, roomMessage));
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
