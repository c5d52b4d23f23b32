package org.candor.workshop;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.candor.identity.Accounts;
import org.candor.platform.Language;

/**
 * The presenter view's live feed. The container lets only signed-in facilitators and admins
 * through the handshake (web.xml); here the caller must also be this workshop's facilitator or an
 * admin, or the socket is closed before anything is sent.
 */
@ServerEndpoint("/ws/presenter/{id}")
public class PresenterSocket {

  @OnOpen
  public void open(Session session, @PathParam("id") long id) throws IOException {
    Principal caller = session.getUserPrincipal();
    Workshops workshops = CDI.current().select(Workshops.class).get();
    boolean allowed = caller != null && CDI.current().select(Accounts.class).get().byUsername(caller.getName())
        .filter(account -> account.enabled() && workshops.mayPresent(id, account))
        .isPresent();
    if (!allowed) {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Only this workshop's facilitator may present it."));
      return;
    }
    List<String> requested = session.getRequestParameterMap().getOrDefault("lang", List.of());
    Language language = requested.isEmpty() ? Language.DEFAULT : Language.byTag(requested.get(0)).orElse(Language.DEFAULT);
    broadcast().addPresenter(id, session, language.locale());
  }

  @OnClose
  public void close(Session session) {
    broadcast().remove(session);
  }

  @OnError
  public void error(Session session, Throwable failure) {
    broadcast().remove(session);
  }

  private static WorkshopBroadcast broadcast() {
    return CDI.current().select(WorkshopBroadcast.class).get();
  }
}
