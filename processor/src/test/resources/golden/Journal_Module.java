package app;

import dagger.Module;
import dagger.Provides;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/**
 * Binds the schema {@link Journal}: one session factory over the component's Jdbi, its scoped
 * session, and a DAO per entity on that scoped session.
 */
@Generated("dev.sluice.processor.SluiceProcessor")
@Module
public final class Journal_Module {
  private Journal_Module() {
  }

  @Provides
  @Singleton
  static SessionFactory sessionFactory(Jdbi jdbi) {
    return SessionFactory.create(jdbi, Journal_Metadata.INSTANCE);
  }

  @Provides
  @Singleton
  static ScopedSession scopedSession(SessionFactory factory) {
    return new ScopedSession(factory);
  }

  @Provides
  static PersonDao personDao(ScopedSession session) {
    return new PersonDao(session);
  }

  @Provides
  static LogDao logDao(ScopedSession session) {
    return new LogDao(session);
  }
}
