package dev.sluice.processor.parse;

/** Qualified names of the annotations the processor reads (it never loads their classes). */
public final class AnnotationNames {
  private static final String PACKAGE = "dev.sluice.annotations.";

  public static final String SCHEMA = PACKAGE + "Schema";
  public static final String ENTITY = PACKAGE + "Entity";
  public static final String ID = PACKAGE + "Id";
  public static final String GENERATED_VALUE = PACKAGE + "GeneratedValue";
  public static final String COLUMN = PACKAGE + "Column";
  public static final String FOREIGN_KEY = PACKAGE + "ForeignKey";
  public static final String RELATIONSHIP = PACKAGE + "Relationship";
  public static final String ASSOCIATION_TABLE = PACKAGE + "AssociationTable";

  private AnnotationNames() {}
}
