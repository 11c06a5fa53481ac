package dev.sluice.it.random;

import java.util.List;

/** Steps on the session: flush, commit, rollback, close and reopen. */
final class SessionOps {
  private SessionOps() {}

  /** {@code session.flush()}. */
  record Flush() implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      return true;
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of();
    }

    @Override
    public void run(Model model, World world) {
      world.session.flush();
      model.flush();
      world.readIds(model);
    }

    @Override
    public String java(Model model) {
      return "session.flush();";
    }
  }

  /** {@code session.commit()}; the rows are compared afterwards. */
  record Commit() implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      return true;
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of();
    }

    @Override
    public void run(Model model, World world) {
      world.session.commit();
      model.commit();
      world.readIds(model);
    }

    @Override
    public String java(Model model) {
      return "session.commit();";
    }
  }

  /** {@code session.rollback()}. */
  record Rollback() implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      return true;
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of();
    }

    @Override
    public void run(Model model, World world) {
      world.session.rollback();
      model.rollback();
      world.dropOutsideSession();
    }

    @Override
    public String java(Model model) {
      return "session.rollback();";
    }
  }

  /** {@code session.close()} and a new session; objects are read again when next used. */
  record Reopen() implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      return true;
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of();
    }

    @Override
    public void run(Model model, World world) {
      world.reopen();
      model.rollback();
    }

    @Override
    public String java(Model model) {
      return "session.close(); session = factory.openSession();";
    }
  }
}
