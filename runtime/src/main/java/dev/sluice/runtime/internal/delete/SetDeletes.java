package dev.sluice.runtime.internal.delete;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.SetStatement;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.sql.KeySets;
import dev.sluice.runtime.internal.sql.StatementRunner;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.Keys;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;

/**
 * Runs set-based delete statements over the keys of deleted parents and, once the flush has
 * succeeded, brings the objects of the session in line with the rows they touched: deleted
 * ones detached, nullified ones showing NULL and no parent.
 */
public final class SetDeletes {

  /** The rows one statement reported back. */
  private record Touched(EntityType<Object> type, SetStatement.Effect effect, int[] columns,
      List<Object> keys) {}

  private final DeletingSession session;
  private final List<Touched> touched = new ArrayList<>();

  public SetDeletes(DeletingSession session) {
    this.session = session;
  }

  /**
   * Runs statements for parent keys: on PostgreSQL all keys as one array, elsewhere in chunks of
   * parameters. A statement returns the keys it touched only if the session holds objects of
   * its table; those keys are remembered for {@link #apply()}.
   */
  @SuppressWarnings("unchecked")
  public void run(StatementRunner runner, List<SetStatement> statements, List<Object> parentKeys,
      List<Column> keyColumns, String entity) {
    String arrayType = KeySets.arrayType(session.dialect(), keyColumns);
    for (List<Object> chunk : KeySets.chunks(parentKeys, arrayType)) {
      for (SetStatement statement : statements) {
        List<Argument> arguments = KeySets.arguments(session.dialect(), chunk, keyColumns,
            arrayType, statement.keyOccurrences());
        EntityType<Object> type = (EntityType<Object>) statement.type();
        boolean returning = statement.effect() != SetStatement.Effect.NONE
            && session.identityMap().holdsAny(type);
        String sql = statement.sql(chunk.size(), keyColumns.size(), arrayType != null,
            returning);
        String operation = statement.effect() == SetStatement.Effect.DELETE ? "DELETE"
            : statement.effect() == SetStatement.Effect.NULLIFY ? "UPDATE" : "BULK";
        StatementRunner.Stmt stmt = new StatementRunner.Stmt(type == null ? entity
            : type.name(), operation, sql, arguments, false);
        if (returning) {
          touched.add(new Touched(type, statement.effect(), statement.nullified(),
              runner.returning(stmt, type)));
        } else {
          runner.run(List.of(stmt));
        }
      }
    }
  }

  /** Applies what the statements did to the objects this session holds; returns the deleted. */
  public List<InstanceState> apply() {
    List<InstanceState> allDeleted = new ArrayList<>();
    for (Touched t : touched) {
      List<InstanceState> deleted = new ArrayList<>();
      for (Object key : t.keys()) {
        InstanceState state = session.identityMap().find(t.type(), key);
        if (state == null) {
          continue;
        }
        if (t.effect() == SetStatement.Effect.DELETE) {
          forgetEverywhere(state);
          deleted.add(state);
        } else if (state.status() != ObjectState.DELETED) {
          nullify(state, t.columns());
        }
      }
      session.detachDeleted(deleted);
      allDeleted.addAll(deleted);
    }
    return allDeleted;
  }

  private void nullify(InstanceState state, int[] columns) {
    for (int column : columns) {
      state.type.set(state.entity, column, null);
    }
    state.rowChanged(columns, null);
    for (Relation<Object, ?> relation : state.type.relations()) {
      if (relation.direction() == Relation.Direction.MANY_TO_ONE) {
        Holder<?> holder = Holder.of(relation, state.entity);
        if (holder.isLoaded() && !holder.members().isEmpty()
            && Keys.referencedKey(state.type, state.entity, relation.ownerColumns()) == null) {
          Object parent = holder.members().get(0);
          holder.forget(parent);
          forgetInverse(relation, parent, state.entity);
        }
      }
    }
  }

  /** Takes a deleted object out of the loaded collections and references that hold it. */
  @SuppressWarnings("unchecked")
  private void forgetEverywhere(InstanceState state) {
    for (Relation<Object, ?> relation : state.type.relations()) {
      Holder<?> holder = Holder.of(relation, state.entity);
      List<?> members = holder.isLoaded() ? holder.members()
          : relation.direction() == Relation.Direction.MANY_TO_ONE
              ? nullableList(session.peekReference((Relation<Object, Object>) relation,
                  state.entity)) : List.of();
      for (Object member : members) {
        forgetInverse(relation, member, state.entity);
      }
    }
  }

  private static void forgetInverse(Relation<Object, ?> relation, Object member, Object gone) {
    Relation<?, Object> inverse = relation.inverse();
    if (inverse != null) {
      @SuppressWarnings("unchecked")
      Relation<Object, Object> back = (Relation<Object, Object>) inverse;
      Holder.of(back, member).forget(gone);
    }
  }

  private static List<Object> nullableList(Object value) {
    return value == null ? List.of() : List.of(value);
  }
}
