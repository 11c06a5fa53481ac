package dev.sluice.runtime.meta;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A relationship from an owner entity to a target entity, as the processor resolved it:
 * direction, join columns, inverse side, cascades and loading strategy.
 *
 * <p>Join columns pair up by position: {@code ownerColumns[i] = targetColumns[i]}. For a
 * one-to-many the owner columns are the referenced key and the target columns the foreign key;
 * for a many-to-one it is the other way round; for a many-to-many both are referenced keys and
 * the association table holds the foreign keys.
 */
public final class Relation<O, T> {
  /** Where the foreign key sits, seen from the owner. */
  public enum Direction {
    /** The target rows hold a foreign key to the owner (one-to-one when single-valued). */
    ONE_TO_MANY,
    /** The owner row holds a foreign key to the target. */
    MANY_TO_ONE,
    /** An association table holds foreign keys to both. */
    MANY_TO_MANY
  }

  private final String name;
  private final EntityType<O> owner;
  private final Supplier<EntityType<T>> target;
  private final Direction direction;
  private final boolean collection;
  private final Function<O, ?> holder;
  private final Supplier<Relation<T, O>> inverse;
  private final int[] ownerColumns;
  private final int[] targetColumns;
  private final String secondaryTable;
  private final String[] secondaryOwnerColumns;
  private final String[] secondaryTargetColumns;
  private final boolean writesLinks;
  private final Set<Cascade> cascade;
  private final PassiveDeletes passiveDeletes;
  private final boolean passiveUpdates;
  private final boolean postUpdate;
  private final boolean singleParent;
  private final Lazy loading;
  private final int[] orderColumns;
  private final boolean[] orderDescending;

  private Relation(Builder<O, T> b) {
    this.name = b.name;
    this.owner = b.owner;
    this.target = b.target;
    this.direction = b.direction;
    this.collection = b.collection;
    this.holder = Objects.requireNonNull(b.holder, "holder");
    this.inverse = b.inverse;
    this.ownerColumns = b.ownerColumns;
    this.targetColumns = b.targetColumns;
    this.secondaryTable = b.secondaryTable;
    this.secondaryOwnerColumns = b.secondaryOwnerColumns;
    this.secondaryTargetColumns = b.secondaryTargetColumns;
    this.writesLinks = b.writesLinks;
    this.cascade = b.cascade;
    this.passiveDeletes = b.passiveDeletes;
    this.passiveUpdates = b.passiveUpdates;
    this.postUpdate = b.postUpdate;
    this.singleParent = b.singleParent;
    this.loading = b.loading;
    this.orderColumns = b.orderColumns;
    this.orderDescending = b.orderDescending;
  }

  /**
   * Starts a relation of {@code owner} named after its field. Not API: the generated
   * metamodels call it; use their {@code Relation} constants ({@code Person_.LOGS}).
   */
  public static <O, T> Builder<O, T> builder(String name, EntityType<O> owner,
      Supplier<EntityType<T>> target, Direction direction, boolean collection) {
    return new Builder<>(name, owner, target, direction, collection);
  }

  /** The field name. */
  public String name() {
    return name;
  }

  /** The entity declaring the field. */
  public EntityType<O> owner() {
    return owner;
  }

  /** The related entity. */
  public EntityType<T> target() {
    return target.get();
  }

  /** Where the foreign key sits, inferred at compile time. */
  public Direction direction() {
    return direction;
  }

  /** Whether the holder is a collection (list, set or dynamic query) rather than a reference. */
  public boolean isCollection() {
    return collection;
  }

  /**
   * The relationship field of {@code ownerInstance}: its {@code RelatedList},
   * {@code RelatedSet}, {@code RelatedRef} or {@code RelatedQuery}, or {@code null} while the
   * field is not initialized yet.
   */
  public Object holder(O ownerInstance) {
    return holder.apply(ownerInstance);
  }

  /** The other side of a bidirectional relation, or {@code null}. */
  public Relation<T, O> inverse() {
    return inverse == null ? null : inverse.get();
  }

  /** Owner-side join columns (indices into the owner's columns). */
  public int[] ownerColumns() {
    return ownerColumns.clone();
  }

  /** Target-side join columns (indices into the target's columns). */
  public int[] targetColumns() {
    return targetColumns.clone();
  }

  /** The number of column pairs in the join. */
  public int joinWidth() {
    return ownerColumns.length;
  }

  /** Owner-side join column {@code i}. */
  public Column ownerJoinColumn(int i) {
    return owner.columns().get(ownerColumns[i]);
  }

  /** Target-side join column {@code i}. */
  public Column targetJoinColumn(int i) {
    return target().columns().get(targetColumns[i]);
  }

  /** The quoted association table of a many-to-many, or {@code null}. */
  public String secondaryTable() {
    return secondaryTable;
  }

  /** Association columns equal to the owner's join columns (quoted). */
  public String secondaryOwnerColumn(int i) {
    return secondaryOwnerColumns[i];
  }

  /** Association columns equal to the target's join columns (quoted). */
  public String secondaryTargetColumn(int i) {
    return secondaryTargetColumns[i];
  }

  /** For a many-to-many pair: whether this side writes the association rows. */
  public boolean writesLinks() {
    return writesLinks;
  }

  /**
   * Whether the relation cascades {@code kind}, one of the annotation's cascades ({@code ALL}
   * is expanded when the relation is built, so it is never in the set). What a delete does
   * through the relation is compiled into the owner's {@link DeleteStep}s.
   */
  public boolean cascades(Cascade kind) {
    return cascade.contains(kind);
  }

  /** The relation's cascades, {@code ALL} expanded. */
  public Set<Cascade> cascade() {
    return cascade;
  }

  /** How deleting the owner treats the related rows: the {@code passiveDeletes} declared. */
  public PassiveDeletes passiveDeletes() {
    return passiveDeletes;
  }

  /** Whether the database's ON UPDATE CASCADE carries a changed key (else the flush does). */
  public boolean passiveUpdates() {
    return passiveUpdates;
  }

  /** Whether the foreign key is written by a second UPDATE after the INSERT. */
  public boolean postUpdate() {
    return postUpdate;
  }

  /** Whether each target has at most one owner through this relation. */
  public boolean singleParent() {
    return singleParent;
  }

  /** When the related objects are loaded: the {@code lazy} the relationship declares. */
  public Lazy loading() {
    return loading;
  }

  /** The ORDER BY of a collection, over target columns of the given alias, or "" when none. */
  public String orderBy(String alias) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < orderColumns.length; i++) {
      sql.append(i == 0 ? "" : ", ").append(alias).append('.')
          .append(target().columns().get(orderColumns[i]).quotedName())
          .append(orderDescending[i] ? " DESC" : "");
    }
    return sql.toString();
  }

  /** Whether the target side holds the foreign key. */
  public boolean foreignKeyOnTarget() {
    return direction == Direction.ONE_TO_MANY;
  }

  /** {@code Owner.field}, as messages name relations. */
  @Override
  public String toString() {
    return owner.name() + "." + name;
  }

  /** Assembles a relation. Not API: only the generated metamodels call it. */
  public static final class Builder<O, T> {
    private final String name;
    private final EntityType<O> owner;
    private final Supplier<EntityType<T>> target;
    private final Direction direction;
    private final boolean collection;
    private Function<O, ?> holder;
    private Supplier<Relation<T, O>> inverse;
    private int[] ownerColumns = new int[0];
    private int[] targetColumns = new int[0];
    private String secondaryTable;
    private String[] secondaryOwnerColumns = new String[0];
    private String[] secondaryTargetColumns = new String[0];
    private boolean writesLinks = true;
    private Set<Cascade> cascade = Collections.unmodifiableSet(
        EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE));
    private PassiveDeletes passiveDeletes = PassiveDeletes.OFF;
    private boolean passiveUpdates = true;
    private boolean postUpdate;
    private boolean singleParent;
    private Lazy loading = Lazy.SELECT;
    private int[] orderColumns = new int[0];
    private boolean[] orderDescending = new boolean[0];

    private Builder(String name, EntityType<O> owner, Supplier<EntityType<T>> target,
        Direction direction, boolean collection) {
      this.name = name;
      this.owner = owner;
      this.target = target;
      this.direction = direction;
      this.collection = collection;
    }

    /** How to read the relationship field of an owner. */
    public Builder<O, T> holder(Function<O, ?> holder) {
      this.holder = holder;
      return this;
    }

    /** The other side, for a bidirectional relation. */
    public Builder<O, T> inverse(Supplier<Relation<T, O>> inverse) {
      this.inverse = inverse;
      return this;
    }

    /** The join columns, paired by position (indices into the entities' columns). */
    public Builder<O, T> join(int[] ownerColumns, int[] targetColumns) {
      this.ownerColumns = ownerColumns.clone();
      this.targetColumns = targetColumns.clone();
      return this;
    }

    /** The association table of a many-to-many and whether this side writes its rows. */
    public Builder<O, T> secondary(String table, String[] ownerColumns, String[] targetColumns,
        boolean writesLinks) {
      this.secondaryTable = table;
      this.secondaryOwnerColumns = ownerColumns.clone();
      this.secondaryTargetColumns = targetColumns.clone();
      this.writesLinks = writesLinks;
      return this;
    }

    /** The cascades, {@code ALL} expanded as the annotation says; the default SAVE_UPDATE, MERGE. */
    public Builder<O, T> cascade(Cascade... kinds) {
      Set<Cascade> set = EnumSet.noneOf(Cascade.class);
      for (Cascade kind : kinds) {
        if (kind == Cascade.ALL) {
          set.addAll(EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.EXPUNGE,
              Cascade.DELETE, Cascade.REFRESH_EXPIRE));
        } else {
          set.add(kind);
        }
      }
      this.cascade = Collections.unmodifiableSet(set);
      return this;
    }

    /** See {@link Relation#passiveDeletes()}; the default is OFF. */
    public Builder<O, T> passiveDeletes(PassiveDeletes passiveDeletes) {
      this.passiveDeletes = passiveDeletes;
      return this;
    }

    /** See {@link Relation#passiveUpdates()}; the default is true. */
    public Builder<O, T> passiveUpdates(boolean passiveUpdates) {
      this.passiveUpdates = passiveUpdates;
      return this;
    }

    /** See {@link Relation#postUpdate()}. */
    public Builder<O, T> postUpdate(boolean postUpdate) {
      this.postUpdate = postUpdate;
      return this;
    }

    /** See {@link Relation#singleParent()}. */
    public Builder<O, T> singleParent(boolean singleParent) {
      this.singleParent = singleParent;
      return this;
    }

    /** See {@link Relation#loading()}; the default is SELECT. */
    public Builder<O, T> loading(Lazy loading) {
      this.loading = loading;
      return this;
    }

    /** The ORDER BY of a collection: target column indices, each ascending or not. */
    public Builder<O, T> orderBy(int[] columns, boolean[] descending) {
      this.orderColumns = columns.clone();
      this.orderDescending = descending.clone();
      return this;
    }

    /** The relation. */
    public Relation<O, T> build() {
      return new Relation<>(this);
    }
  }
}
