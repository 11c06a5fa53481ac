package dev.sluice.processor.parse;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One {@code @Unique} of an entity class: the field names it lists, each with the value that
 * wrote it (a diagnostic about one name points at it).
 */
public record UniqueDecl(AnnotationMirror mirror, List<String> fields,
    List<AnnotationValue> values) {}
