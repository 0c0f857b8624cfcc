package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

  @Test
  void printsTheJsonSchema() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("schema");

    assertThat(code).isZero();
    JsonNode schema = new ObjectMapper().readTree(out.toString());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/$defs/party/properties/role/enum").size()).isEqualTo(11);
    assertThat(err.toString()).isEmpty();
  }
}
