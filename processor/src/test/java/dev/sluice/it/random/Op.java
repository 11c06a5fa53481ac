package dev.sluice.it.random;

import java.util.List;

/** One step of a sequence, done to Sluice and to the reference model alike. */
interface Op {
  /** Whether the step is allowed now (the model decides; a shrunk sequence skips the rest). */
  boolean applicable(Model model, World world);

  /** The objects the step uses. */
  List<MObj> objects(Model model);

  /** Whether the step loads a collection (a lazy load, so an autoflush) beyond fetching. */
  default boolean loadsCollection(Model model, World world) {
    return false;
  }

  /** Does the step to Sluice, then to the model. */
  void run(Model model, World world);

  /** The step as Java, for the printed sequence. */
  String java(Model model);
}
