package dev.sluice.example.rejected;

import dev.sluice.example.tour.Scenario;
import dev.sluice.example.tour.Tour;
import java.util.ArrayList;
import java.util.List;

/** Mappings SQLAlchemy accepts until run time, which Sluice rejects when javac compiles them. */
public final class RejectedScenario implements Scenario {
  @Override
  public void play(Tour t) {
    t.say("Some mappings cannot work. SQLAlchemy notices at run time; Sluice's annotation"
        + " processor checks the whole schema when javac compiles it and reports the mistake"
        + " as a compile error on the offending line, so such a schema never runs. These"
        + " sources are kept with the tour; a test compiles them and checks the errors below.");
    for (RejectedMapping mapping : RejectedMapping.ALL) {
      t.say(mapping.title() + ". " + mapping.sqlalchemy());
      t.listing(numbered(mapping));
      t.say("javac, with Sluice's processor, reports:");
      t.message(mapping.error());
    }
  }

  private static List<String> numbered(RejectedMapping mapping) {
    List<String> lines = new ArrayList<>();
    lines.add("// " + mapping.fileName());
    List<String> source = mapping.source().lines().toList();
    for (int i = 0; i < source.size(); i++) {
      lines.add(String.format("%2d  %s", i + 1, source.get(i)).stripTrailing());
    }
    return lines;
  }
}
