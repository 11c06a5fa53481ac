package dev.sluice.processor.parse;

/** The runtime holder type of a relationship field. */
public enum HolderKind {
  LIST("RelatedList"),
  SET("RelatedSet"),
  REF("RelatedRef"),
  QUERY("RelatedQuery");

  /** The runtime package the holders live in. */
  public static final String PACKAGE = "dev.sluice.runtime";

  private final String simpleName;

  HolderKind(String simpleName) {
    this.simpleName = simpleName;
  }

  public String simpleName() {
    return simpleName;
  }

  public String qualifiedName() {
    return PACKAGE + "." + simpleName;
  }

  public boolean isCollection() {
    return this != REF;
  }

  /** The holder kind of a qualified type name, or {@code null}. */
  public static HolderKind of(String qualifiedName) {
    for (HolderKind kind : values()) {
      if (kind.qualifiedName().equals(qualifiedName)) {
        return kind;
      }
    }
    return null;
  }
}
