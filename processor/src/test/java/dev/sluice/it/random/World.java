package dev.sluice.it.random;

import dev.sluice.it.random.MObj.Kind;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The Sluice side of a run: the session and the Java object behind each model object. */
final class World {
  final SessionFactory factory;
  Session session;
  private final Map<Integer, Object> objects = new HashMap<>();
  private final Map<Object, Integer> handles = new IdentityHashMap<>();
  private final List<String> log;

  World(SessionFactory factory, List<String> log) {
    this.factory = factory;
    this.session = factory.openSession();
    this.log = log;
  }

  void log(String line) {
    if (log != null) {
      log.add(line);
    }
  }

  /** Whether using the object needs a session.get (a query, so an autoflush). */
  boolean needsFetch(MObj o) {
    return !objects.containsKey(o.handle);
  }

  Object obj(MObj o) {
    Object j = objects.get(o.handle);
    if (j == null) {
      j = session.get(type(o.kind), o.id);
      log(o.var() + " = session.get(" + o.javaType() + ".class, " + o.id + ");");
      if (j == null) {
        throw new Divergence("row not found", o.var() + " with id " + o.id);
      }
      bind(o, j);
    }
    return j;
  }

  RParent p(MObj o) {
    return (RParent) obj(o);
  }

  RChild c(MObj o) {
    return (RChild) obj(o);
  }

  RNote n(MObj o) {
    return (RNote) obj(o);
  }

  RTag t(MObj o) {
    return (RTag) obj(o);
  }

  void bind(MObj o, Object j) {
    objects.put(o.handle, j);
    handles.put(j, o.handle);
  }

  /** The model object a Java object stands for, binding a loaded one to its row's handle. */
  MObj modelOf(Object j, Model model) {
    Integer h = handles.get(j);
    if (h != null) {
      return model.get(h);
    }
    Long id = id(j);
    for (MObj o : model.all()) {
      boolean hasRow = o.status == MObj.Status.PERSISTENT || o.status == MObj.Status.MARKED;
      if (hasRow && o.kind == kindOf(j) && id != null && id.equals(o.id)) {
        if (objects.containsKey(o.handle)) {
          throw new Divergence("two objects for one row", o.var() + " with id " + id);
        }
        bind(o, j);
        return o;
      }
    }
    throw new Divergence("unknown object in memory", j + " matches no model object");
  }

  /** After a flush: the keys of the rows just inserted. */
  void readIds(Model model) {
    for (MObj o : model.all()) {
      Object j = objects.get(o.handle);
      if (j != null && o.status == MObj.Status.PERSISTENT) {
        o.id = id(j);
      }
    }
  }

  /** After a rollback: objects that left the session are fetched again when next used. */
  void dropOutsideSession() {
    objects.entrySet().removeIf(e -> !session.contains(e.getValue()));
    handles.entrySet().removeIf(e -> !session.contains(e.getKey()));
  }

  void reopen() {
    session.close();
    session = factory.openSession();
    objects.clear();
    handles.clear();
  }

  /** The Java object of a model object, without fetching it, or null. */
  Object peek(MObj o) {
    return objects.get(o.handle);
  }

  void close() {
    session.close();
  }

  static Class<?> type(Kind kind) {
    switch (kind) {
      case PARENT: return RParent.class;
      case CHILD: return RChild.class;
      case NOTE: return RNote.class;
      default: return RTag.class;
    }
  }

  static Kind kindOf(Object j) {
    if (j instanceof RParent) {
      return Kind.PARENT;
    }
    if (j instanceof RChild) {
      return Kind.CHILD;
    }
    return j instanceof RNote ? Kind.NOTE : Kind.TAG;
  }

  static Long id(Object j) {
    if (j instanceof RParent) {
      return ((RParent) j).id;
    }
    if (j instanceof RChild) {
      return ((RChild) j).id;
    }
    return j instanceof RNote ? ((RNote) j).id : ((RTag) j).id;
  }
}
