package org.candor.workshop;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * Tells participants' phones when the room moves to another question or the workshop ends, so they
 * follow without reloading. It carries only the question number and the status, never answers.
 */
@ServerEndpoint("/ws/room/{id}")
public class RoomSocket {

  @OnOpen
  public void open(Session session, @PathParam("id") long id) {
    broadcast().addRoomMember(id, session);
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
