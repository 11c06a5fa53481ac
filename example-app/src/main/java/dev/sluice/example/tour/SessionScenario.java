package dev.sluice.example.tour;

import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;

/** A schema scenario holding the session factory and scoped session its component injected. */
public abstract class SessionScenario implements SchemaScenario {
  protected final SessionFactory factory;
  protected final ScopedSession session;

  protected SessionScenario(SessionFactory factory, ScopedSession session) {
    this.factory = factory;
    this.session = session;
  }

  @Override
  public final SessionFactory factory() {
    return factory;
  }

  @Override
  public final ScopedSession session() {
    return session;
  }
}
