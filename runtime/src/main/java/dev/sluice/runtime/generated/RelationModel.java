package dev.sluice.runtime.generated;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one implementation of {@link Relation}, as {@link RelationBuilder} assembles it, with
 * what only the runtime reads: the relationship field of an owner and the collection's ORDER
 * BY. Not API.
 */
public final class RelationModel<O, T> extends Relation<O, T> {
  private final String name;
  private final EntityType<O> owner;
  private final Supplier<EntityType<T>> target;
  /**
   * The target once asked for: the supplier defers it while the metamodels of a cycle are
   * made, and calling it on every use cost a call per object on the runtime's paths. A
   * thread that reads it unset asks the supplier, which answers the same constant.
   */
  private EntityType<T> resolvedTarget;
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

  RelationModel(RelationBuilder<O, T> b) {
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

  @Override
  public String name() {
    return name;
  }

  @Override
  public EntityType<O> owner() {
    return owner;
  }

  @Override
  public EntityType<T> target() {
    EntityType<T> resolved = resolvedTarget;
    if (resolved == null) {
      resolved = target.get();
      resolvedTarget = resolved;
    }
    return resolved;
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  public boolean isCollection() {
    return collection;
  }

  /**
   * The generated relation behind {@code relation}; anything else is refused, since only a
   * generated relation knows its field.
   */
  public static <O, T> RelationModel<O, T> of(Relation<O, T> relation) {
    if (relation instanceof RelationModel) {
      return (RelationModel<O, T>) relation;
    }
    throw new InvalidRequestException(
        relation + " is not a generated relation: use the constant of X_");
  }

  /**
   * The relationship field of {@code ownerInstance}: its {@code RelatedList},
   * {@code RelatedSet}, {@code RelatedRef} or {@code RelatedQuery}, or {@code null} while the
   * field is not initialized yet.
   */
  public Object holder(O ownerInstance) {
    return holder.apply(ownerInstance);
  }

  @Override
  public Relation<T, O> inverse() {
    return inverse == null ? null : inverse.get();
  }

  @Override
  public int[] ownerColumns() {
    return ownerColumns.clone();
  }

  @Override
  public int[] targetColumns() {
    return targetColumns.clone();
  }

  /** {@link #ownerColumns()} without the copy, for the runtime's per-object paths: read only. */
  public int[] sharedOwnerColumns() {
    return ownerColumns;
  }

  /** {@link #targetColumns()} without the copy, for the runtime's per-object paths: read only. */
  public int[] sharedTargetColumns() {
    return targetColumns;
  }

  @Override
  public int joinWidth() {
    return ownerColumns.length;
  }

  @Override
  public Column ownerJoinColumn(int i) {
    return owner.columns().get(ownerColumns[i]);
  }

  @Override
  public Column targetJoinColumn(int i) {
    return target().columns().get(targetColumns[i]);
  }

  @Override
  public String secondaryTable() {
    return secondaryTable;
  }

  @Override
  public String secondaryOwnerColumn(int i) {
    return secondaryOwnerColumns[i];
  }

  @Override
  public String secondaryTargetColumn(int i) {
    return secondaryTargetColumns[i];
  }

  @Override
  public boolean writesLinks() {
    return writesLinks;
  }

  @Override
  public boolean cascades(Cascade kind) {
    return cascade.contains(kind);
  }

  @Override
  public Set<Cascade> cascade() {
    return cascade;
  }

  @Override
  public PassiveDeletes passiveDeletes() {
    return passiveDeletes;
  }

  @Override
  public boolean passiveUpdates() {
    return passiveUpdates;
  }

  @Override
  public boolean postUpdate() {
    return postUpdate;
  }

  @Override
  public boolean singleParent() {
    return singleParent;
  }

  @Override
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
}
