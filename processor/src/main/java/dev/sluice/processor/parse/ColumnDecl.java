package dev.sluice.processor.parse;

import javax.lang.model.element.AnnotationMirror;

/**
 * What a {@code @Column} declares, defaults filled in; {@code mirror} only places diagnostics.
 *
 * @param nullableWritten whether {@code nullable} was written rather than defaulted
 */
public record ColumnDecl(
    AnnotationMirror mirror,
    String name,
    boolean nullable,
    boolean nullableWritten,
    boolean unique,
    int length,
    boolean index) {}
