package app;

import dev.sluice.runtime.meta.DeleteStep;
import dev.sluice.runtime.meta.FlushPlan;
import javax.annotation.processing.Generated;

/**
 * How {@link Person} rows are written and deleted, as planned at compile time.
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class PersonFlushPlan {
  /**
   * Inserted at position 0. Deleting a Person: DELETE its logs; DELETE the person.
   */
  public static final FlushPlan<Person> PLAN = FlushPlan.builder(Person_.TYPE, 0)
      .insert("INSERT INTO \"persons\" (\"id\", \"email\", \"status\") VALUES (?, ?, ?)")
      .insertGenerated("INSERT INTO \"persons\" (\"email\", \"status\") VALUES (?, ?)")
      .update("UPDATE \"persons\" SET ", " WHERE \"id\" = ?")
      .delete("DELETE FROM \"persons\" WHERE \"id\" IN ({keys})")
      .step(DeleteStep.Kind.DELETE_CHILDREN, Person_.LOGS)
      .setCascade(Person_.LOGS, LogFlushPlan.PLAN, "\"person_id\" IN ({keys})")
      .bulkDelete(Person_.LOGS)
      .build();

  private PersonFlushPlan() {
  }
}
