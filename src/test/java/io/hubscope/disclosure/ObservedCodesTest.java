package io.hubscope.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ReplicationSimulator;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.util.RunProgress;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ObservedCodesTest {

  @Test
  void codesOfARangeEqualTheCodesRowByRowForEveryFieldAndForm() throws Exception {
    VariantModel model = VariantModel.of(ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), null));
    World world = WorldBuilder.build(model.scenario(), RunEngine.worldSeed(7, 1));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    ShipmentColumns s;
    try {
      s = new ReplicationSimulator(model.scenario(), world, model.network(), model.routes(), 7, 1, 1 << 12)
          .simulate(executor, RunProgress.NONE);
    } finally {
      executor.shutdownNow();
    }
    ObservedCodes book = new ObservedCodes(model.scenario(), world, model.routes(), 7);
    List<FieldForm> forms = List.of(
        new FieldForm(TransformSpec.Op.KEEP, null, 0, 0, 0, 0, 0),
        new FieldForm(TransformSpec.Op.GENERALISE, null, 2, 5, 6, 0, 0),
        new FieldForm(TransformSpec.Op.NOISE, null, 0, 0, 0, 1, 2),
        new FieldForm(TransformSpec.Op.PSEUDONYMISE, TransformSpec.Pseudonym.KEYED, 0, 0, 0, 0, 0),
        new FieldForm(TransformSpec.Op.PSEUDONYMISE, TransformSpec.Pseudonym.PER_SHIPMENT, 0, 0, 0, 0, 0),
        new FieldForm(TransformSpec.Op.OMIT, null, 0, 0, 0, 0, 0),
        FieldForm.NONE);
    int from = Math.min(5, s.size);
    int to = Math.min(s.size, 2000);
    assertThat(to - from).isPositive();
    for (int f = 0; f < model.scenario().fields().size(); f++) {
      for (FieldForm form : forms) {
        long[] out = new long[to - from];
        book.codes(f, form, s, from, to, 3, out);
        for (int i = from; i < to; i++) {
          assertThat(out[i - from]).as("field %d form %s row %d", f, form, i)
              .isEqualTo(book.code(f, form, s, i, 3));
        }
      }
    }
  }
}
