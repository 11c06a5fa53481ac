package dev.sluice.processor.link;

import dev.sluice.processor.parse.AnnotationNames;
import dev.sluice.processor.parse.CascadeKind;
import dev.sluice.processor.parse.Loading;
import dev.sluice.processor.parse.Mirrors;
import dev.sluice.processor.parse.PassiveDeletes;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/** The options of one relationship side, read from {@code @Relationship} or {@code @Backref}. */
record RelationOptions(
    Set<CascadeKind> cascade,
    PassiveDeletes passiveDeletes,
    boolean passiveUpdates,
    boolean postUpdate,
    boolean singleParent,
    Loading loading,
    String orderBy) {

  /**
   * Reads the options of a {@code @Relationship} or {@code @Backref}; attributes left out take
   * the defaults of {@code @Relationship}, which {@code @Backref} shares.
   */
  static RelationOptions read(Mirrors mirrors, AnnotationMirror mirror) {
    String defaults = AnnotationNames.RELATIONSHIP;
    return new RelationOptions(
        CascadeKind.of(Mirrors.enumNames(mirrors.value(mirror, "cascade", defaults))),
        PassiveDeletes.valueOf(Mirrors.enumName(mirrors.value(mirror, "passiveDeletes",
            defaults))),
        (Boolean) mirrors.value(mirror, "passiveUpdates", defaults).getValue(),
        (Boolean) mirrors.value(mirror, "postUpdate", defaults).getValue(),
        (Boolean) mirrors.value(mirror, "singleParent", defaults).getValue(),
        Loading.valueOf(Mirrors.enumName(mirrors.value(mirror, "lazy", defaults))),
        (String) mirrors.value(mirror, "orderBy", defaults).getValue());
  }
}
