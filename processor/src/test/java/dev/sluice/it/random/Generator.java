package dev.sluice.it.random;

import dev.sluice.it.random.MObj.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Proposes the next step of a sequence from the model's current state, seeded. */
final class Generator {
  private static final int MAX_OBJECTS = 16;
  private static final int ATTEMPTS = 12;

  private final Random random;
  private int names;

  Generator(long seed) {
    this.random = new Random(seed);
  }

  /** A step applicable now, or a flush when no other fits. */
  Op next(Model model, World world) {
    for (int i = 0; i < ATTEMPTS; i++) {
      Op op = propose(model);
      if (op != null && op.applicable(model, world)) {
        return op;
      }
    }
    return new SessionOps.Flush();
  }

  private Op propose(Model model) {
    int roll = random.nextInt(100);
    int next = model.nextHandle();
    boolean room = model.all().size() < MAX_OBJECTS;
    if (roll < 6) {
      return room ? new ObjectOps.Create(Kind.PARENT, next, 0) : null;
    }
    if (roll < 9) {
      return room ? new ObjectOps.Create(Kind.TAG, next, 0) : null;
    }
    if (roll < 18) {
      return room ? new ObjectOps.Create(Kind.CHILD, next, pick(model, Kind.PARENT)) : null;
    }
    if (roll < 23) {
      int parent = random.nextInt(3) == 0 ? 0 : pick(model, Kind.PARENT);
      return room ? new ObjectOps.Create(Kind.NOTE, next, parent) : null;
    }
    if (roll < 33) {
      return new ObjectOps.Add(pickAny(model));
    }
    if (roll < 40) {
      return new ObjectOps.Delete(pickAny(model));
    }
    if (roll < 47) {
      return new ObjectOps.Rename(pickAny(model), "v" + (++names));
    }
    if (roll < 57) {
      Kind kind = random.nextBoolean() ? Kind.CHILD : Kind.NOTE;
      int parent = random.nextInt(4) == 0 ? 0 : pick(model, Kind.PARENT);
      return new RelationOps.SetParent(pick(model, kind), parent, random.nextBoolean());
    }
    if (roll < 66) {
      return new RelationOps.Tagging(pick(model, Kind.PARENT), pick(model, Kind.TAG),
          random.nextBoolean(), random.nextInt(3) > 0);
    }
    if (roll < 70) {
      Kind kind = Kind.values()[random.nextInt(4)];
      return new RelationOps.Touch(pickAny(model), kind);
    }
    if (roll < 76) {
      return new SessionOps.Flush();
    }
    if (roll < 88) {
      return new SessionOps.Commit();
    }
    if (roll < 92) {
      return new SessionOps.Rollback();
    }
    if (roll < 96) {
      return new SessionOps.Reopen();
    }
    return new ObjectOps.Expunge(pick(model, Kind.PARENT));
  }

  private int pick(Model model, Kind kind) {
    List<MObj> candidates = new ArrayList<>();
    for (MObj o : model.all()) {
      if (o.kind == kind) {
        candidates.add(o);
      }
    }
    return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size())).handle;
  }

  private int pickAny(Model model) {
    List<MObj> all = model.all();
    return all.isEmpty() ? -1 : all.get(random.nextInt(all.size())).handle;
  }
}
