package dev.sluice.bench.startup;

import dev.sluice.bench.Database;
import dev.sluice.bench.HibernateContender;
import dev.sluice.bench.hibernate.HChild;
import dev.sluice.bench.hibernate.HParent;
import dev.sluice.bench.model.BenchSchema_Metadata;
import dev.sluice.bench.model.Child;
import dev.sluice.bench.model.Parent;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.lang.management.ManagementFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A fresh JVM that connects, writes one parent with ten children in one transaction and prints
 * {@code COMMITTED}: the start-up path of an application. Arguments: contender, JDBC URL, kind.
 */
public final class StartupMain {
  private StartupMain() {}

  public static void main(String[] args) {
    String impl = args[0];
    String url = args[1];
    Database.Kind kind = Database.Kind.parse(args[2]);
    switch (impl) {
      case "sluice" -> sluice(url);
      case "jdbi" -> jdbi(url);
      case "hibernate" -> hibernate(url, kind);
      default -> throw new IllegalArgumentException(impl);
    }
    System.out.println("COMMITTED " + ManagementFactory.getRuntimeMXBean().getUptime());
    System.exit(0);
  }

  private static void sluice(String url) {
    SessionFactory factory = SessionFactory.create(Jdbi.create(url),
        BenchSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Parent parent = new Parent("parent", 1);
      for (int c = 0; c < 10; c++) {
        parent.children.add(new Child("child" + c));
      }
      session.add(parent);
      session.commit();
    }
  }

  private static void jdbi(String url) {
    Jdbi.create(url).useTransaction(h -> {
      long id = h.createUpdate("INSERT INTO parent (name, score) VALUES (?, ?)")
          .bind(0, "parent").bind(1, 1).executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class).one();
      PreparedBatch children = h.prepareBatch("INSERT INTO child (name, parent_id) VALUES (?, ?)");
      for (int c = 0; c < 10; c++) {
        children.add("child" + c, id);
      }
      children.execute();
    });
  }

  private static void hibernate(String url, Database.Kind kind) {
    Configuration cfg = new Configuration()
        .addAnnotatedClass(HParent.class)
        .addAnnotatedClass(HChild.class)
        .addAnnotatedClass(dev.sluice.bench.hibernate.HTag.class);
    cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url);
    HibernateContender.settings(cfg, kind, false);
    try (org.hibernate.SessionFactory factory = cfg.buildSessionFactory();
        org.hibernate.Session session = factory.openSession()) {
      var tx = session.beginTransaction();
      HParent parent = new HParent("parent", 1);
      for (int c = 0; c < 10; c++) {
        parent.addChild(new HChild("child" + c));
      }
      session.persist(parent);
      tx.commit();
    }
  }
}
