package dev.sluice.example.notebook;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import javax.inject.Inject;

/** The SQLAlchemy notebook, lesson by lesson: nullify, NOT NULL, delete cascades, bulk delete. */
public final class NotebookScenario extends SessionScenario {
  private final NullifySteps nullify;
  private final CascadeSteps cascades;
  private final ManyToManySteps manyToMany;
  private final BulkDeleteSteps bulkDelete;

  @Inject
  NotebookScenario(SessionFactory factory, ScopedSession session, NullifySteps nullify,
      CascadeSteps cascades, ManyToManySteps manyToMany, BulkDeleteSteps bulkDelete) {
    super(factory, session);
    this.nullify = nullify;
    this.cascades = cascades;
    this.manyToMany = manyToMany;
    this.bulkDelete = bulkDelete;
  }

  @Override
  public void play(Tour tour) {
    nullify.play(tour);
    cascades.play(tour);
    manyToMany.play(tour);
    bulkDelete.play(tour);
  }
}
