package app;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.EntityRowMapper;
import javax.annotation.processing.Generated;

/**
 * Maps rows of {@code persons} to new {@link Person} instances by column label, for plain Jdbi
 * queries; objects it creates are not in any session.
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class PersonRowMapper extends EntityRowMapper<Person> {
  public PersonRowMapper(Dialect dialect) {
    super(Person_.TYPE, dialect);
  }
}
