package org.candor.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for in-memory rate limits only: never stored, never logged.
 * Behind a reverse proxy every request comes from the proxy, so one guesser would lock a whole
 * room out; the proxies named in {@code CANDOR_TRUSTED_PROXIES} are looked through via the
 * {@code X-Forwarded-For} they append to.
 */
@RequestScoped
public class ClientAddress {

  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "candor.trusted-proxies")
  Optional<String> trustedProxies;

  public String get() {
    Set<String> trusted = trustedProxies.map(list -> Arrays.stream(list.split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
  }

  /**
   * The nearest address that is not a trusted proxy, reading {@code X-Forwarded-For} from the end:
   * entries further left were written by the client and prove nothing.
   */
  static String resolve(String remote, String forwardedFor, Set<String> trusted) {
    if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
      return remote;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trusted.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? remote : hops.get(0);
  }
}
