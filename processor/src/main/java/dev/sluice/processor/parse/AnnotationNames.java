package dev.sluice.processor.parse;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.MappedSuperclass;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.PrimaryKeyJoin;
import dev.sluice.annotations.Relationship;
import dev.sluice.annotations.Schema;
import dev.sluice.annotations.Unique;

/**
 * Qualified names of the annotations the processor reads, taken from the annotation types
 * themselves so that a renamed annotation fails to compile here rather than go unread.
 */
public final class AnnotationNames {
  public static final String SCHEMA = Schema.class.getCanonicalName();
  public static final String ENTITY = Entity.class.getCanonicalName();
  public static final String ID = Id.class.getCanonicalName();
  public static final String GENERATED_VALUE = GeneratedValue.class.getCanonicalName();
  public static final String COLUMN = Column.class.getCanonicalName();
  public static final String FOREIGN_KEY = ForeignKey.class.getCanonicalName();
  public static final String RELATIONSHIP = Relationship.class.getCanonicalName();
  public static final String ASSOCIATION_TABLE = AssociationTable.class.getCanonicalName();
  public static final String UNIQUE = Unique.class.getCanonicalName();
  public static final String MAPPED_SUPERCLASS = MappedSuperclass.class.getCanonicalName();
  public static final String PRIMARY_KEY_JOIN = PrimaryKeyJoin.class.getCanonicalName();
  public static final String POLYMORPHIC_ON = PolymorphicOn.class.getCanonicalName();
  public static final String POLYMORPHIC_IDENTITY =
      PolymorphicIdentity.class.getCanonicalName();
  /** The container javac puts several {@code @Unique} of one class in. */
  public static final String UNIQUES = Unique.List.class.getCanonicalName();
  public static final String FOREIGN_KEY_CONSTRAINT =
      ForeignKeyConstraint.class.getCanonicalName();
  /** The container of several {@code @ForeignKeyConstraint} of one class. */
  public static final String FOREIGN_KEY_CONSTRAINTS =
      ForeignKeyConstraint.List.class.getCanonicalName();

  private AnnotationNames() {}
}
