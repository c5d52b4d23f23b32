package org.candor.workshop;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/** The participant's random token, kept in an HttpOnly cookie; the server stores only its hash. */
public final class RoomCookie {

  public static final String NAME = "candor_room";
  private static final int TWELVE_HOURS = 12 * 60 * 60;

  private RoomCookie() {}

  public static void set(HttpServletRequest request, HttpServletResponse response, String token) {
    Cookie cookie = new Cookie(NAME, token);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setMaxAge(TWELVE_HOURS);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  public static String read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null ? null
        : Arrays.stream(cookies).filter(c -> c.getName().equals(NAME)).map(Cookie::getValue).findFirst().orElse(null);
  }
}
