package io.hubscope.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GroupsTest {

  @Test
  void joinsPairsInOrder() {
    assertEquals("field=consignee_name;form=clear", Groups.of("field", "consignee_name", "form", "clear"));
    assertEquals("", Groups.of());
    assertEquals("observer=liege-hub", Groups.of("observer", "liege-hub"));
  }

  @Test
  void replacesTheSeparatorsAndLineBreaksInValues() {
    assertEquals("zone=a_b_c_d__e;x=", Groups.of("zone", "a;b=c,d\r\ne", "x", null));
  }

  @Test
  void rejectsAnOddNumberOfArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Groups.of("field"));
    assertEquals("keys and values must alternate", e.getMessage());
  }
}
