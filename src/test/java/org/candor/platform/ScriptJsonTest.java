package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  private static final String LABEL = "Exposure </script><script>alert(1)</script> & <!-- \u2028 \"quoted\"";

  @Test
  void nothingInItCanEndTheScriptElementOrOpenMarkup() {
    String written = ScriptJson.of(Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(LABEL)).build());
    assertThat(written).doesNotContain("<", ">", "&", "\u2028");
  }

  @Test
  void theScriptReadsTheSameText() {
    String written = ScriptJson.of(Json.createObjectBuilder().add("label", LABEL).build());
    JsonObject read = Json.createReader(new StringReader(written)).readObject();
    assertThat(read.getString("label")).isEqualTo(LABEL);
  }
}
