package dev.sluice.processor.fuzz;

import dev.sluice.processor.fuzz.Model.Field;
import dev.sluice.processor.fuzz.Model.Type;
import dev.sluice.processor.fuzz.ModelFuzzTest.Candidate;
import dev.sluice.processor.fuzz.Outcome.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing model greedily: drops classes, then fields, then annotations, keeping
 * each step that fails the same way, until no step does (or the budget is spent).
 */
final class Shrinker {
  private static final int BUDGET = 60;

  private Shrinker() {}

  static Candidate shrink(Candidate failing, Kind kind, Function<Candidate, Kind> check) {
    Candidate current = failing;
    int tries = 0;
    boolean progress = true;
    while (progress && tries < BUDGET) {
      progress = false;
      for (Candidate smaller : smaller(current)) {
        if (++tries > BUDGET) {
          break;
        }
        if (check.apply(smaller) == kind) {
          current = smaller;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

  private static List<Candidate> smaller(Candidate candidate) {
    Model model = candidate.model();
    List<Candidate> out = new ArrayList<>();
    for (Type type : model.types()) {
      List<Type> rest = new ArrayList<>(model.types());
      rest.remove(type);
      out.add(with(candidate, model.withTypes(rest)));
    }
    for (Type type : model.types()) {
      for (Field field : type.fields()) {
        List<Field> rest = new ArrayList<>(type.fields());
        rest.remove(field);
        out.add(with(candidate, model.replace(type, type.withFields(rest))));
        if (!field.annotations().isEmpty() && !field.annotations().contains("@Id")) {
          out.add(with(candidate, model.replace(type, type.mapField(field.name(),
              f -> f.withAnnotations(List.of())))));
        }
      }
    }
    return out;
  }

  private static Candidate with(Candidate candidate, Model model) {
    return new Candidate(model, candidate.blamed(), candidate.mustReject());
  }
}
