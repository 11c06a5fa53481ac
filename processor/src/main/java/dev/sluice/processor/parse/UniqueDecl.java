package dev.sluice.processor.parse;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @Unique} of an entity class or of a mapped superclass it extends: the field names
 * it lists, each with the value that wrote it (a diagnostic about one name points at it).
 *
 * @param declaredOn the class the annotation is written on, where its diagnostics go
 */
public record UniqueDecl(Element declaredOn, AnnotationMirror mirror, List<String> fields,
    List<AnnotationValue> values) {}
