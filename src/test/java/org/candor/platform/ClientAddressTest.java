package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXY = Set.of("10.0.0.2");

  @Test
  void withoutATrustedProxyTheConnectionsAddressCountsAndForwardedForIsIgnored() {
    assertThat(ClientAddress.resolve("203.0.113.7", "198.51.100.1", Set.of())).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.resolve("203.0.113.7", "198.51.100.1", PROXY)).isEqualTo("203.0.113.7");
  }

  @Test
  void behindATrustedProxyTheAddressItSawCounts() {
    assertThat(ClientAddress.resolve("10.0.0.2", "198.51.100.1", PROXY)).isEqualTo("198.51.100.1");
  }

  @Test
  void aClientCannotChooseItsAddressByWritingForwardedForItself() {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it really saw.
    assertThat(ClientAddress.resolve("10.0.0.2", "1.2.3.4, 198.51.100.1", PROXY)).isEqualTo("198.51.100.1");
  }

  @Test
  void aChainOfTrustedProxiesIsLookedThrough() {
    assertThat(ClientAddress.resolve("10.0.0.2", "198.51.100.1, 10.0.0.3", Set.of("10.0.0.2", "10.0.0.3"))).isEqualTo("198.51.100.1");
  }

  @Test
  void aTrustedProxyWithoutForwardedForIsTheClient() {
    assertThat(ClientAddress.resolve("10.0.0.2", null, PROXY)).isEqualTo("10.0.0.2");
  }
}
