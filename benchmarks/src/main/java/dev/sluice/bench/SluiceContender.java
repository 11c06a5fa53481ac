package dev.sluice.bench;

import dev.sluice.bench.model.BenchSchema_Metadata;
import dev.sluice.bench.model.Child;
import dev.sluice.bench.model.Parent;
import dev.sluice.bench.model.ParentDao;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The workloads through Sluice sessions and generated DAOs, with set-based deletes on. */
public final class SluiceContender implements Contender {
  private final SessionFactory factory;
  private List<Parent> graph = List.of();

  public SluiceContender(Database db) {
    this.factory = SessionFactory.create(db.jdbi(), BenchSchema_Metadata.INSTANCE)
        .withSetBasedDeletes(true);
    factory.createAll();
  }

  @Override
  public Tables tables() {
    return Tables.SLUICE;
  }

  @Override
  public void prepareGraph(int parents, int children) {
    graph = new ArrayList<>(parents);
    for (int p = 0; p < parents; p++) {
      Parent parent = new Parent("parent" + p, p);
      for (int c = 0; c < children; c++) {
        parent.children.add(new Child("child" + c));
      }
      graph.add(parent);
    }
  }

  @Override
  public int insertGraph() {
    try (Session session = factory.openSession()) {
      session.addAll(graph);
      session.commit();
    }
    return graph.size();
  }

  @Override
  public int deleteAllParents() {
    try (Session session = factory.openSession()) {
      List<Parent> parents = new ParentDao(session).findAll();
      for (Parent parent : parents) {
        session.delete(parent);
      }
      session.commit();
      return parents.size();
    }
  }

  @Override
  public int removeChildren(int remove) {
    try (Session session = factory.openSession()) {
      ParentDao dao = new ParentDao(session);
      List<Parent> parents = dao.findAll();
      dao.loadChildren(parents);
      int removed = 0;
      for (Parent parent : parents) {
        for (int i = 0; i < remove && !parent.children.isEmpty(); i++) {
          parent.children.remove(parent.children.size() - 1);
          removed++;
        }
      }
      session.commit();
      return removed;
    }
  }

  @Override
  public int bulkDelete(int scoreBelow) {
    try (Session session = factory.openSession()) {
      int deleted = new ParentDao(session).deleteWhere("score < :limit",
          Map.of("limit", scoreBelow));
      session.commit();
      return deleted;
    }
  }

  @Override
  public void close() {
    graph = List.of();
  }
}
