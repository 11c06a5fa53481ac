package dev.sluice.processor.write;

import java.util.Collection;
import javax.lang.model.element.Element;

/** One generated source file, rendered once its package's clashes with java.lang are known. */
public interface GeneratedSource {
  String packageName();

  /** The qualified name of its top-level class. */
  String qualifiedName();

  /** The elements it was generated from, for the Filer. */
  Element[] origins();

  /**
   * The file's text, with the {@code java.lang} classes whose simple names a class of its
   * package also has written qualified (a user's class {@code Override} beside the entity
   * would otherwise be taken instead).
   */
  String text(Collection<String> shadowedJavaLang);
}
