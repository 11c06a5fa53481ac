package app;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.EntityRowMapper;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.generated.Columns;
import dev.sluice.runtime.generated.DeleteStep;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.EntityRows;
import dev.sluice.runtime.generated.FlushPlan;
import dev.sluice.runtime.generated.RelationBuilder;
import dev.sluice.runtime.internal.holder.ListHolder;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.ColumnType;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.ForeignKeyRef;
import dev.sluice.runtime.meta.Relation;
import dev.sluice.runtime.support.Values;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The metamodel of {@link Person}: its table, columns and relations.
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Person_ {
  private static final List<Column> COLUMNS = List.of(
      Columns.id(0, "id", "id", ColumnType.LONG, true),
      Columns.of(1, "email", "email", ColumnType.STRING, false),
      Columns.ofEnum(2, "status", "status", true, Status::valueOf));

  /**
   * The entity type of {@link Person}.
   */
  public static final EntityType<Person> TYPE = new Metamodel();

  /**
   * {@code Person.logs}: one-to-many to {@link Log}.
   */
  public static final Relation<Person, Log> LOGS = RelationBuilder.of("logs", TYPE, () -> Log_.TYPE, Relation.Direction.ONE_TO_MANY, true)
      .holder(owner -> owner.logs)
      .inverse(() -> Log_.PERSON)
      .join(new int[] {0}, new int[] {2})
      .cascade(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.EXPUNGE, Cascade.DELETE, Cascade.DELETE_ORPHAN, Cascade.REFRESH_EXPIRE)
      .loading(Lazy.SELECT)
      .orderBy(new int[] {0}, new boolean[] {false})
      .build();

  private static final List<Relation<Person, ?>> RELATIONS = List.of(LOGS);

  private static final List<ForeignKeyRef> FOREIGN_KEYS = List.of();

  private Person_() {
  }

  /**
   * The holder of {@code logs}; initialize the field with it:
   * {@code final RelatedList<Log> logs = Person_.logs(this);}
   */
  public static RelatedList<Log> logs(Person owner) {
    return new ListHolder<>(owner, LOGS);
  }

  /**
   * Maps rows of {@code persons} to new {@link Person} objects by column label, for plain Jdbi
   * queries; objects it creates are not in any session.
   */
  public static EntityRowMapper<Person> rowMapper(Dialect dialect) {
    return new EntityRows<>(TYPE, dialect);
  }

  /**
   * Field access for {@link Person}, without reflection.
   */
  private static final class Metamodel extends EntityModel<Person> {
    Metamodel() {
      super(Person.class, "persons", COLUMNS);
    }

    @Override
    public List<Relation<Person, ?>> relations() {
      return RELATIONS;
    }

    @Override
    public List<ForeignKeyRef> foreignKeys() {
      return FOREIGN_KEYS;
    }

    @Override
    public FlushPlan<Person> plan() {
      return FlushPlanHolder.PLAN;
    }

    @Override
    public Person newInstance() {
      return new Person();
    }

    @Override
    public Object get(Person entity, int column) {
      switch (column) {
        case 0: return entity.id;
        case 1: return entity.email;
        case 2: return entity.status;
        default: throw new IndexOutOfBoundsException("Person has no column " + column);
      }
    }

    @Override
    public void set(Person entity, int column, Object value) {
      switch (column) {
        case 0:
          entity.id = (Long) value;
          break;
        case 1:
          entity.email = (String) value;
          break;
        case 2:
          entity.status = (Status) value;
          break;
        default: throw new IndexOutOfBoundsException("Person has no column " + column);
      }
    }

    @Override
    public Object[] snapshot(Person entity) {
      return new Object[] {entity.id, entity.email, entity.status};
    }

    @Override
    public void restore(Person entity, Object[] values) {
      entity.id = (Long) values[0];
      entity.email = (String) values[1];
      entity.status = (Status) values[2];
    }

    @Override
    public boolean changedSince(Person entity, Object[] snapshot) {
      return Values.differ(snapshot[0], entity.id)
          || Values.differ(snapshot[1], entity.email)
          || Values.differ(snapshot[2], entity.status);
    }

    @Override
    public int[] changedColumns(Object[] before, Object[] after) {
      int[] changed = new int[3];
      int count = 0;
      if (Values.differ(before[0], after[0])) {
        changed[count++] = 0;
      }
      if (Values.differ(before[1], after[1])) {
        changed[count++] = 1;
      }
      if (Values.differ(before[2], after[2])) {
        changed[count++] = 2;
      }
      return Arrays.copyOf(changed, count);
    }
  }

  /**
   * How {@link Person} rows are written and deleted, as planned at compile time.
   */
  private static final class FlushPlanHolder {
    /**
     * Inserted at position 0. Deleting a Person: DELETE its logs; DELETE the person.
     */
    static final FlushPlan<Person> PLAN = FlushPlan.builder(Person_.TYPE, 0)
        .insert("INSERT INTO \"persons\" (\"id\", \"email\", \"status\") VALUES (?, ?, ?)")
        .insertGenerated("INSERT INTO \"persons\" (\"email\", \"status\") VALUES (?, ?)")
        .update("UPDATE \"persons\" SET ", " WHERE \"id\" = ?")
        .delete("DELETE FROM \"persons\" WHERE \"id\" IN ({keys})")
        .step(DeleteStep.Kind.DELETE_CHILDREN, DeleteStep.Decision.STATEMENT, Person_.LOGS)
        .setCascade(Person_.LOGS, EntityModel.of(Log_.TYPE).plan(), "\"person_id\" IN ({keys})")
        .bulkDelete(Person_.LOGS)
        .build();

    private FlushPlanHolder() {
    }
  }
}
