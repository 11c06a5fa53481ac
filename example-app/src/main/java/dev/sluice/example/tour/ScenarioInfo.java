package dev.sluice.example.tour;

import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * A scenario's name (for {@code --scenario}), its one-line title, and how the application is
 * wired for it: a Dagger component built over the tour's Jdbi.
 */
public record ScenarioInfo(String name, String title, Function<Jdbi, Scenario> wiring) {}
