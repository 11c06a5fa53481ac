package dev.sluice.it.random;

import dev.sluice.it.random.MObj.Kind;
import dev.sluice.it.random.MObj.Status;
import dev.sluice.runtime.RelatedList;
import java.util.ArrayList;
import java.util.List;

/** Steps on relations: move or remove a child or note, link or unlink a tag, load a list. */
final class RelationOps {
  private RelationOps() {}

  /** Whether using the parent's list of {@code kind} loads it (an autoflush). */
  static boolean unloaded(MObj p, World world, Kind kind) {
    Object j = world.peek(p);
    if (j == null || !p.live()) {
      return false;
    }
    return !list(j, kind).isLoaded();
  }

  static RelatedList<?> list(Object owner, Kind kind) {
    if (owner instanceof RTag) {
      return ((RTag) owner).parents;
    }
    RParent p = (RParent) owner;
    return kind == Kind.CHILD ? p.children : kind == Kind.NOTE ? p.notes : p.tags;
  }

  /**
   * A child or note gets a new parent (0: none), through its reference or through the
   * parents' collections.
   */
  record SetParent(int handle, int parent, boolean viaCollection) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      MObj o = model.get(handle);
      if (o == null || (o.kind != Kind.CHILD && o.kind != Kind.NOTE) || model.frozen(o)) {
        return false;
      }
      if (parent == 0) {
        return o.parent != null;
      }
      MObj p = model.get(parent);
      if (p == null || p.kind != Kind.PARENT || p == o.parent || model.frozen(p)) {
        return false;
      }
      if (viaCollection && o.parent != null && !Switches.MOVE_BY_COLLECTION_ADD) {
        return false;
      }
      // linking from an object outside the session to one inside does not cascade: left out
      MObj owner = viaCollection ? p : o;
      MObj other = viaCollection ? o : p;
      return owner.live() || !other.live();
    }

    @Override
    public List<MObj> objects(Model model) {
      List<MObj> objects = new ArrayList<>();
      objects.add(model.get(handle));
      MObj o = model.get(handle);
      if (o.parent != null) {
        objects.add(o.parent);
      }
      if (parent != 0) {
        objects.add(model.get(parent));
      }
      return objects;
    }

    @Override
    public boolean loadsCollection(Model model, World world) {
      MObj o = model.get(handle);
      Object j = world.peek(o);
      if (!viaCollection) {
        // an unloaded reference whose old target is not in memory is loaded first
        return j != null && o.live() && !(j instanceof RChild ? ((RChild) j).parent
            : ((RNote) j).parent).isLoaded();
      }
      MObj holder = parent == 0 ? o.parent : model.get(parent);
      return unloaded(holder, world, o.kind);
    }

    @Override
    public void run(Model model, World world) {
      MObj o = model.get(handle);
      MObj p = parent == 0 ? null : model.get(parent);
      MObj old = o.parent;
      Object child = world.obj(o);
      if (viaCollection) {
        if (p == null) {
          list(world.obj(old), o.kind).remove(child);
        } else {
          add(world.p(p), child);
        }
      } else if (child instanceof RChild) {
        ((RChild) child).parent.set(p == null ? null : world.p(p));
      } else {
        ((RNote) child).parent.set(p == null ? null : world.p(p));
      }
      o.parent = p;
      if (p == null && o.kind == Kind.CHILD && o.status == Status.PENDING) {
        o.status = Status.TRANSIENT; // a pending orphan leaves the session at once
      } else if (viaCollection && p != null && p.live() && o.status == Status.TRANSIENT) {
        model.add(o);
      } else if (!viaCollection && p != null && o.live() && p.status == Status.TRANSIENT) {
        model.add(p);
      }
    }

    private static void add(RParent p, Object child) {
      if (child instanceof RChild) {
        p.children.add((RChild) child);
      } else {
        p.notes.add((RNote) child);
      }
    }

    @Override
    public String java(Model model) {
      MObj o = model.get(handle);
      String field = o.kind == Kind.CHILD ? "children" : "notes";
      if (!viaCollection) {
        return o.var() + ".parent.set(" + (parent == 0 ? "null" : model.get(parent).var()) + ");";
      }
      if (parent == 0) {
        return o.parent.var() + "." + field + ".remove(" + o.var() + ");";
      }
      return model.get(parent).var() + "." + field + ".add(" + o.var() + ");";
    }
  }

  /** {@code p.tags.add(t)} or {@code t.parents.add(p)}, or the removal. */
  record Tagging(int parent, int tag, boolean fromTag, boolean link) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      MObj p = model.get(parent);
      MObj t = model.get(tag);
      if (p == null || t == null || p.kind != Kind.PARENT || t.kind != Kind.TAG
          || model.frozen(p) || model.frozen(t) || p.links.contains(t) != !link) {
        return false;
      }
      MObj owner = fromTag ? t : p;
      MObj other = fromTag ? p : t;
      return !link || owner.live() || !other.live();
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of(model.get(parent), model.get(tag));
    }

    @Override
    public boolean loadsCollection(Model model, World world) {
      return fromTag ? unloaded(model.get(tag), world, Kind.PARENT)
          : unloaded(model.get(parent), world, Kind.TAG);
    }

    @Override
    public void run(Model model, World world) {
      MObj p = model.get(parent);
      MObj t = model.get(tag);
      RParent jp = world.p(p);
      RTag jt = world.t(t);
      if (fromTag) {
        if (link) {
          jt.parents.add(jp);
        } else {
          jt.parents.remove(jp);
        }
      } else if (link) {
        jp.tags.add(jt);
      } else {
        jp.tags.remove(jt);
      }
      if (link) {
        p.links.add(t);
        t.links.add(p);
        MObj owner = fromTag ? t : p;
        MObj other = fromTag ? p : t;
        if (owner.live() && other.status == Status.TRANSIENT) {
          model.add(other);
        }
      } else {
        p.links.remove(t);
        t.links.remove(p);
      }
    }

    @Override
    public String java(Model model) {
      String p = model.get(parent).var();
      String t = model.get(tag).var();
      String verb = link ? ".add(" : ".remove(";
      return fromTag ? t + ".parents" + verb + p + ");" : p + ".tags" + verb + t + ");";
    }
  }

  /** Reads a collection's size, loading it. */
  record Touch(int handle, Kind kind) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      MObj o = model.get(handle);
      // next to a detached object a load would bring a second copy of its row: left out
      return o != null && o.live() && !model.frozen(o)
          && (o.kind == Kind.PARENT || o.kind == Kind.TAG);
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of(model.get(handle));
    }

    @Override
    public boolean loadsCollection(Model model, World world) {
      return unloaded(model.get(handle), world, kind);
    }

    @Override
    public void run(Model model, World world) {
      list(world.obj(model.get(handle)), kind).size();
    }

    @Override
    public String java(Model model) {
      MObj o = model.get(handle);
      String field = o.kind == Kind.TAG ? "parents"
          : kind == Kind.CHILD ? "children" : kind == Kind.NOTE ? "notes" : "tags";
      return o.var() + "." + field + ".size();";
    }
  }
}
