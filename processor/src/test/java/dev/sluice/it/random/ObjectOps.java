package dev.sluice.it.random;

import dev.sluice.it.random.MObj.Kind;
import dev.sluice.it.random.MObj.Status;
import java.util.ArrayList;
import java.util.List;

/** Steps on one object: create, add, delete, change a column, expunge. */
final class ObjectOps {
  private ObjectOps() {}

  /** Every other child is of the subclass sharing the children's table. */
  /** The class of the child created with this handle: the root or one of its subclasses. */
  static String childType(int handle) {
    return switch (handle % 3) {
      case 1 -> "RBigChild";
      case 2 -> "RJoinedChild";
      default -> "RChild";
    };
  }

  private static RChild newChild(int handle, String name) {
    return switch (handle % 3) {
      case 1 -> new RBigChild(name);
      case 2 -> new RJoinedChild(name);
      default -> new RChild(name);
    };
  }

  /** {@code new X(...)}, appended to a parent's collection when one is given (0: none). */
  record Create(Kind kind, int handle, int parent) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      if (model.get(handle) != null) {
        return false;
      }
      if (parent == 0) {
        return kind != Kind.CHILD;
      }
      MObj p = model.get(parent);
      return p != null && p.kind == Kind.PARENT && !model.frozen(p)
          && (kind == Kind.CHILD || kind == Kind.NOTE);
    }

    @Override
    public List<MObj> objects(Model model) {
      return parent == 0 ? List.of() : List.of(model.get(parent));
    }

    @Override
    public boolean loadsCollection(Model model, World world) {
      return parent != 0 && RelationOps.unloaded(model.get(parent), world, kind);
    }

    @Override
    public void run(Model model, World world) {
      MObj o = model.create(kind, handle);
      Object j;
      switch (kind) {
        case PARENT: j = new RParent(o.name); break;
        case CHILD: j = newChild(handle, o.name); break;
        case NOTE: j = new RNote(o.name); break;
        default: j = new RTag(o.name); break;
      }
      world.bind(o, j);
      if (parent != 0) {
        MObj p = model.get(parent);
        if (kind == Kind.CHILD) {
          world.p(p).children.add((RChild) j);
        } else {
          world.p(p).notes.add((RNote) j);
        }
        o.parent = p;
        if (p.live()) {
          model.add(o);
        }
      }
    }

    @Override
    public String java(Model model) {
      String var = MObj.var(kind, handle);
      String type = kind == Kind.CHILD ? childType(handle) : MObj.javaType(kind);
      String create = type + " " + var + " = new " + type + "(\"" + var + "\");";
      if (parent == 0) {
        return create;
      }
      return create + " " + model.get(parent).var() + (kind == Kind.CHILD ? ".children" : ".notes")
          + ".add(" + var + ");";
    }
  }

  /** {@code session.add(x)}. */
  record Add(int handle) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      MObj o = model.get(handle);
      if (o == null) {
        return false;
      }
      if (o.status == Status.DETACHED) {
        return o.expungeRoot;
      }
      if (o.status == Status.MARKED) {
        // un-deleting: only an object deleted by name, whose neighbours are all in play
        if (world.peek(o) == null) {
          return false;
        }
        // a deleted parent's children may stay marked; a child comes back only to a live parent
        for (MObj n : model.neighbours(o)) {
          if (!n.live() && !(n.status == Status.MARKED && o.kind == Kind.PARENT)) {
            return false;
          }
        }
        return true;
      }
      // a child without a parent would be inserted with a NULL key, failing as in SQLAlchemy
      return !model.frozen(o) && !(o.kind == Kind.CHILD && o.parent == null);
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of(model.get(handle));
    }

    @Override
    public void run(Model model, World world) {
      MObj o = model.get(handle);
      world.session.add(world.obj(o));
      model.add(o);
    }

    @Override
    public String java(Model model) {
      return "session.add(" + model.get(handle).var() + ");";
    }
  }

  /** {@code session.delete(x)}. */
  record Delete(int handle) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      MObj o = model.get(handle);
      if (o == null || o.status != Status.PERSISTENT || model.frozen(o)) {
        return false;
      }
      for (MObj n : model.neighbours(o)) {
        if (n.status == Status.TRANSIENT || model.frozen(n)) {
          return false;
        }
      }
      return o.kind != Kind.PARENT || parentDeletable(model, o);
    }

    /**
     * Notes whose link to the parent changed since the flush are left out: SQLAlchemy
     * nullifies only the stored ones. Children removed or moved away likewise unless the
     * switch is on.
     */
    private static boolean parentDeletable(Model model, MObj p) {
      for (MObj o : model.all()) {
        if (!o.live() || (o.kind != Kind.NOTE && o.kind != Kind.CHILD)) {
          continue;
        }
        boolean linked = o.parent == p;
        boolean stored = model.rowParent(o) == p;
        if (o.kind == Kind.NOTE && (linked || stored)
            && (o.status != Status.PERSISTENT || linked != stored)) {
          return false;
        }
        if (o.kind == Kind.CHILD && stored && !linked
            && !Switches.DELETE_PARENT_AFTER_REMOVING_CHILDREN) {
          return false;
        }
      }
      return true;
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of(model.get(handle));
    }

    @Override
    public void run(Model model, World world) {
      MObj o = model.get(handle);
      world.session.delete(world.obj(o));
      model.delete(o);
    }

    @Override
    public String java(Model model) {
      return "session.delete(" + model.get(handle).var() + ");";
    }
  }

  /** {@code x.name = "…"}. */
  record Rename(int handle, String name) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      MObj o = model.get(handle);
      return o != null && !model.frozen(o);
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of(model.get(handle));
    }

    @Override
    public void run(Model model, World world) {
      MObj o = model.get(handle);
      Object j = world.obj(o);
      if (j instanceof RParent) {
        ((RParent) j).name = name;
      } else if (j instanceof RChild) {
        ((RChild) j).name = name;
      } else if (j instanceof RNote) {
        ((RNote) j).name = name;
      } else {
        ((RTag) j).name = name;
      }
      o.name = name;
    }

    @Override
    public String java(Model model) {
      return model.get(handle).var() + ".name = \"" + name + "\";";
    }
  }

  /** {@code session.flush(); session.expunge(x)}: x and its loaded children leave. */
  record Expunge(int handle) implements Op {
    @Override
    public boolean applicable(Model model, World world) {
      MObj o = model.get(handle);
      return o != null && o.status == Status.PERSISTENT && !model.frozen(o);
    }

    @Override
    public List<MObj> objects(Model model) {
      return List.of(model.get(handle));
    }

    @Override
    public void run(Model model, World world) {
      MObj o = model.get(handle);
      Object j = world.obj(o);
      world.session.flush();
      model.flush();
      world.readIds(model);
      List<MObj> leaving = new ArrayList<>();
      leaving.add(o);
      if (o.kind == Kind.PARENT && ((RParent) j).children.isLoaded()) {
        leaving.addAll(model.members(o, Kind.CHILD));
      }
      world.session.expunge(j);
      for (MObj l : leaving) {
        l.status = Status.DETACHED;
      }
      o.expungeRoot = true;
    }

    @Override
    public String java(Model model) {
      return "session.flush(); session.expunge(" + model.get(handle).var() + ");";
    }
  }
}
