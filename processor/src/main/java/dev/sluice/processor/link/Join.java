package dev.sluice.processor.link;

import dev.sluice.processor.model.Direction;
import java.util.List;

/**
 * How one relationship side joins its target: direction and field pairs, association columns
 * for a many-to-many, and the foreign-key fields it uses that carry no {@code @ForeignKey}.
 */
record Join(
    Direction direction,
    List<String> ownerFields,
    List<String> targetFields,
    String secondary,
    List<String> secondaryOwnerColumns,
    List<String> secondaryTargetColumns,
    List<LogicalKey> logicalKeys) {

  /** A foreign-key field named only by a relationship ({@code foreignKeys} or a join string). */
  record LogicalKey(String entity, String field, String referencedEntity, String referencedField) {}

  static Join keys(Direction direction, List<String> ownerFields, List<String> targetFields,
      List<LogicalKey> logicalKeys) {
    return new Join(direction, ownerFields, targetFields, null, List.of(), List.of(),
        logicalKeys);
  }

  /** The direction and the field pairs, for messages. */
  String describe() {
    if (secondary == null) {
      return direction.words() + " " + ownerFields + " = " + targetFields;
    }
    return direction.words() + " " + ownerFields + " = " + secondaryOwnerColumns + ", "
        + secondaryTargetColumns + " = " + targetFields;
  }

  /** The same join seen from the other side. */
  Join reversed() {
    return new Join(direction.reverse(), targetFields, ownerFields, secondary,
        secondaryTargetColumns, secondaryOwnerColumns, List.of());
  }
}
