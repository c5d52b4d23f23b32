package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginWritesTest {

  @Test
  void onlyAnOriginNamingTheHostTheRequestWentToIsCandorsOwn() {
    assertThat(SameOriginWrites.fromAnotherSite("https://candor.example", "candor.example")).isFalse();
    assertThat(SameOriginWrites.fromAnotherSite("http://127.0.0.1:8080", "127.0.0.1:8080")).isFalse();
    assertThat(SameOriginWrites.fromAnotherSite("https://evil.example", "candor.example")).isTrue();
    assertThat(SameOriginWrites.fromAnotherSite("https://candor.example.evil.example", "candor.example")).isTrue();
    assertThat(SameOriginWrites.fromAnotherSite("http://127.0.0.1:9999", "127.0.0.1:8080")).isTrue();
  }

  @Test
  void anOpaqueOrMalformedOriginIsAnotherSiteAndNoOriginIsNotABrowsersCrossSiteWrite() {
    assertThat(SameOriginWrites.fromAnotherSite("null", "candor.example")).isTrue();
    assertThat(SameOriginWrites.fromAnotherSite("ht tp://x", "candor.example")).isTrue();
    assertThat(SameOriginWrites.fromAnotherSite(null, "candor.example")).isFalse();
  }
}
