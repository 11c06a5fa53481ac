package app;

import dev.sluice.runtime.meta.DeleteStep;
import dev.sluice.runtime.meta.FlushPlan;
import dev.sluice.runtime.meta.SetStatement;
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
      .setStep(Person_.LOGS,
          SetStatement.delete(Log_.TYPE, "DELETE FROM \"logs\" WHERE \"person_id\" IN ({keys})"))
      .bulkDelete(
          SetStatement.delete(Log_.TYPE, "DELETE FROM \"logs\" WHERE \"person_id\" IN ({keys})"),
          SetStatement.delete(Person_.TYPE, "DELETE FROM \"persons\" WHERE \"id\" IN ({keys})"))
      .build();

  private PersonFlushPlan() {
  }
}
