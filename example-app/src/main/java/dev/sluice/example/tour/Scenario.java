package dev.sluice.example.tour;

/** One scenario of the tour: a sequence of steps printed as they run. */
public interface Scenario {
  /** Runs and explains the steps. */
  void play(Tour tour);
}
