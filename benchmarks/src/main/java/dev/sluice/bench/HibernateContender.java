package dev.sluice.bench;

import dev.sluice.bench.hibernate.HChild;
import dev.sluice.bench.hibernate.HParent;
import dev.sluice.bench.hibernate.HTag;
import dev.sluice.bench.hibernate.HibernateSchema;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The workloads through Hibernate ORM with its recommended performance settings: JDBC batching,
 * ordered inserts and updates, pooled sequence ids and batch fetching of lazy collections.
 */
public final class HibernateContender implements Contender {
  /** Statements per JDBC batch, and collections initialised per query. */
  public static final int BATCH = 100;

  static {
    // Hibernate logs through JBoss Logging: send it to SLF4J (warnings only, see resources).
    System.setProperty("org.jboss.logging.provider", "slf4j");
  }

  private final SessionFactory sessions;
  private List<HParent> graph = List.of();

  public HibernateContender(Database db, boolean createTables, boolean statistics) {
    if (createTables) {
      db.jdbi().useTransaction(h -> HibernateSchema.ddl(db.kind()).forEach(h::execute));
    }
    this.sessions = configuration(db, statistics).buildSessionFactory();
  }

  /** The configuration of the benchmark's Hibernate, also used by the start-up benchmark. */
  public static Configuration configuration(Database db, boolean statistics) {
    Configuration cfg = new Configuration()
        .addAnnotatedClass(HParent.class)
        .addAnnotatedClass(HChild.class)
        .addAnnotatedClass(HTag.class);
    cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource());
    return settings(cfg, db.kind(), statistics);
  }

  /** The settings, given how connections are reached. */
  public static Configuration settings(Configuration cfg, Database.Kind kind,
      boolean statistics) {
    if (kind == Database.Kind.SQLITE) {
      cfg.setProperty(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
    }
    cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
    cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, String.valueOf(BATCH));
    cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
    cfg.setProperty(AvailableSettings.ORDER_UPDATES, "true");
    cfg.setProperty(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, String.valueOf(BATCH));
    cfg.setProperty(AvailableSettings.GENERATE_STATISTICS, String.valueOf(statistics));
    cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
    return cfg;
  }

  public SessionFactory sessionFactory() {
    return sessions;
  }

  @Override
  public Tables tables() {
    return Tables.HIBERNATE;
  }

  @Override
  public void prepareGraph(int parents, int children) {
    graph = new ArrayList<>(parents);
    for (int p = 0; p < parents; p++) {
      HParent parent = new HParent("parent" + p, p);
      for (int c = 0; c < children; c++) {
        parent.addChild(new HChild("child" + c));
      }
      graph.add(parent);
    }
  }

  @Override
  public int insertGraph() {
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      for (HParent parent : graph) {
        session.persist(parent);
      }
      tx.commit();
    }
    return graph.size();
  }

  @Override
  public int deleteAllParents() {
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      List<HParent> parents = session.createSelectionQuery(
          "from HParent p order by p.id", HParent.class).getResultList();
      for (HParent parent : parents) {
        session.remove(parent);
      }
      tx.commit();
      return parents.size();
    }
  }

  @Override
  public int removeChildren(int remove) {
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      List<HParent> parents = session.createSelectionQuery(
          "select distinct p from HParent p left join fetch p.children order by p.id",
          HParent.class).getResultList();
      int removed = 0;
      for (HParent parent : parents) {
        for (int i = 0; i < remove && !parent.children.isEmpty(); i++) {
          parent.children.remove(parent.children.size() - 1);
          removed++;
        }
      }
      tx.commit();
      return removed;
    }
  }

  @Override
  public int bulkDelete(int scoreBelow) {
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      // HQL bulk deletes do not cascade: the children go first, by hand. Hibernate removes the
      // deleted parents' rows of the many-to-many table itself.
      session.createMutationQuery("delete from HChild c where c.parent.id in"
          + " (select p.id from HParent p where p.score < :limit)")
          .setParameter("limit", scoreBelow).executeUpdate();
      int deleted = session.createMutationQuery("delete from HParent p where p.score < :limit")
          .setParameter("limit", scoreBelow).executeUpdate();
      tx.commit();
      return deleted;
    }
  }

  @Override
  public void close() {
    graph = List.of();
    sessions.close();
  }
}
