package dev.sluice.runtime.generated;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation.Direction;
import dev.sluice.runtime.meta.Relation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Assembles a relation for a generated metamodel ({@code X_}). Not API. */
public final class RelationBuilder<O, T> {
  final String name;
  final EntityType<O> owner;
  final Supplier<EntityType<T>> target;
  final Direction direction;
  final boolean collection;
  Function<O, ?> holder;
  Supplier<Relation<T, O>> inverse;
  int[] ownerColumns = new int[0];
  int[] targetColumns = new int[0];
  String secondaryTable;
  String[] secondaryOwnerColumns = new String[0];
  String[] secondaryTargetColumns = new String[0];
  boolean writesLinks = true;
  Set<Cascade> cascade = Collections.unmodifiableSet(
      EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE));
  PassiveDeletes passiveDeletes = PassiveDeletes.OFF;
  boolean passiveUpdates = true;
  boolean postUpdate;
  boolean singleParent;
  Lazy loading = Lazy.SELECT;
  int[] orderColumns = new int[0];
  boolean[] orderDescending = new boolean[0];

  /**
   * A relation an entity inherits from an entity superclass, listed among the subclass's own:
   * every object of {@code T} is an owner the relation reads and writes.
   */
  @SuppressWarnings("unchecked")
  public static <T> Relation<T, ?> inherited(Relation<? super T, ?> relation) {
    return (Relation<T, ?>) relation;
  }

  /**
   * Starts a relation of {@code owner} named after its field, to {@code target}, with its
   * direction and whether the field holds a collection.
   */
  public static <O, T> RelationBuilder<O, T> of(String name, EntityType<O> owner,
      Supplier<EntityType<T>> target, Direction direction, boolean collection) {
    return new RelationBuilder<>(name, owner, target, direction, collection);
  }

  private RelationBuilder(String name, EntityType<O> owner, Supplier<EntityType<T>> target,
      Direction direction, boolean collection) {
    this.name = name;
    this.owner = owner;
    this.target = target;
    this.direction = direction;
    this.collection = collection;
  }

  /** How to read the relationship field of an owner. */
  public RelationBuilder<O, T> holder(Function<O, ?> holder) {
    this.holder = holder;
    return this;
  }

  /** The other side, for a bidirectional relation. */
  public RelationBuilder<O, T> inverse(Supplier<Relation<T, O>> inverse) {
    this.inverse = inverse;
    return this;
  }

  /** The join columns, paired by position (indices into the entities' columns). */
  public RelationBuilder<O, T> join(int[] ownerColumns, int[] targetColumns) {
    this.ownerColumns = ownerColumns.clone();
    this.targetColumns = targetColumns.clone();
    return this;
  }

  /** The association table of a many-to-many and whether this side writes its rows. */
  public RelationBuilder<O, T> secondary(String table, String[] ownerColumns, String[] targetColumns,
      boolean writesLinks) {
    this.secondaryTable = table;
    this.secondaryOwnerColumns = ownerColumns.clone();
    this.secondaryTargetColumns = targetColumns.clone();
    this.writesLinks = writesLinks;
    return this;
  }

  /** The cascades, {@code ALL} expanded as the annotation says; the default SAVE_UPDATE, MERGE. */
  public RelationBuilder<O, T> cascade(Cascade... kinds) {
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
  public RelationBuilder<O, T> passiveDeletes(PassiveDeletes passiveDeletes) {
    this.passiveDeletes = passiveDeletes;
    return this;
  }

  /** See {@link Relation#passiveUpdates()}; the default is true. */
  public RelationBuilder<O, T> passiveUpdates(boolean passiveUpdates) {
    this.passiveUpdates = passiveUpdates;
    return this;
  }

  /** See {@link Relation#postUpdate()}. */
  public RelationBuilder<O, T> postUpdate(boolean postUpdate) {
    this.postUpdate = postUpdate;
    return this;
  }

  /** See {@link Relation#singleParent()}. */
  public RelationBuilder<O, T> singleParent(boolean singleParent) {
    this.singleParent = singleParent;
    return this;
  }

  /** See {@link Relation#loading()}; the default is SELECT. */
  public RelationBuilder<O, T> loading(Lazy loading) {
    this.loading = loading;
    return this;
  }

  /** The ORDER BY of a collection: target column indices, each ascending or not. */
  public RelationBuilder<O, T> orderBy(int[] columns, boolean[] descending) {
    this.orderColumns = columns.clone();
    this.orderDescending = descending.clone();
    return this;
  }

  /** The relation. */
  public Relation<O, T> build() {
    return new RelationModel<>(this);
  }
}
