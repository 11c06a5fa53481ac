package dev.sluice.runtime.internal.load;

import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.RelationModel;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.sql.Sql;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.Query;

/**
 * A query that loads its objects and their JOINED relations in one statement: the filtered
 * rows (with their position) LEFT OUTER JOINed to each relation's target.
 */
final class JoinedQuery<T> {
  private final LoadingSession session;
  private final EntityType<T> type;
  private final List<Relation<Object, Object>> relations;

  JoinedQuery(LoadingSession session, EntityType<T> type, List<Relation<Object, Object>> relations) {
    this.session = session;
    this.type = type;
    this.relations = relations;
  }

  /** The outer statement around {@code inner}, the SELECT of the owners' rows. */
  String sql(String inner) {
    StringBuilder select = new StringBuilder("SELECT ").append(Sql.columns(type, "r"));
    StringBuilder from = new StringBuilder(" FROM (").append(inner).append(") r");
    StringBuilder order = new StringBuilder(" ORDER BY r.\"sluice_rn\"");
    for (int k = 0; k < relations.size(); k++) {
      Relation<Object, Object> relation = relations.get(k);
      String alias = "j" + k;
      EntityType<Object> target = relation.target();
      select.append(", ").append(Sql.columns(target, alias));
      from.append(join(relation, alias, "a" + k));
      String relationOrder = RelationModel.of(relation).orderBy(alias);
      order.append(relationOrder.isEmpty() ? "" : ", " + relationOrder).append(", ")
          .append(EntityModel.of(target).quotedKeyColumns(alias));
    }
    return select.append(from).append(order).toString();
  }

  private static String join(Relation<Object, Object> relation, String alias, String link) {
    String table = EntityModel.of(relation.target()).readFrom();
    StringBuilder on = new StringBuilder();
    if (relation.direction() == Relation.Direction.MANY_TO_MANY) {
      StringBuilder linkOn = new StringBuilder();
      for (int i = 0; i < relation.joinWidth(); i++) {
        linkOn.append(i == 0 ? "" : " AND ").append(link).append('.')
            .append(relation.secondaryOwnerColumn(i)).append(" = r.")
            .append(relation.ownerJoinColumn(i).quotedName());
      }
      for (int i = 0; i < relation.targetColumns().length; i++) { // each side's own width
        on.append(i == 0 ? "" : " AND ").append(alias).append('.')
            .append(relation.targetJoinColumn(i).quotedName()).append(" = ").append(link)
            .append('.').append(relation.secondaryTargetColumn(i));
      }
      String typeCondition = EntityModel.of(relation.target()).typeCondition(alias);
      if (typeCondition != null) {
        on.append(" AND ").append(typeCondition);
      }
      return " LEFT OUTER JOIN " + relation.secondaryTable() + " " + link + " ON " + linkOn
          + " LEFT OUTER JOIN " + table + " " + alias + " ON " + on;
    }
    for (int i = 0; i < relation.joinWidth(); i++) {
      on.append(i == 0 ? "" : " AND ").append(alias).append('.')
          .append(relation.targetJoinColumn(i).quotedName()).append(" = r.")
          .append(relation.ownerJoinColumn(i).quotedName());
    }
    String typeCondition = EntityModel.of(relation.target()).typeCondition(alias);
    if (typeCondition != null) {
      on.append(" AND ").append(typeCondition); // a relation to a subclass
    }
    return " LEFT OUTER JOIN " + table + " " + alias + " ON " + on;
  }

  /** Runs the statement and fills the joined relations of owners not loaded yet. */
  @SuppressWarnings("unchecked")
  List<T> run(Query query) {
    EntityType<Object> ownerType = (EntityType<Object>) type;
    List<Object> owners = new ArrayList<>();
    Map<Object, List<List<Object>>> related = new IdentityHashMap<>();
    query.map((rs, ctx) -> {
      Object owner = session.loader().materialize(ownerType, rs, 0);
      List<List<Object>> lists = related.get(owner);
      if (lists == null) {
        owners.add(owner);
        lists = new ArrayList<>();
        for (int k = 0; k < relations.size(); k++) {
          lists.add(new ArrayList<>());
        }
        related.put(owner, lists);
      }
      int offset = type.columns().size();
      for (int k = 0; k < relations.size(); k++) {
        EntityType<Object> target = relations.get(k).target();
        Object member = session.loader().materialize(target, rs, offset);
        List<Object> list = lists.get(k);
        if (member != null && list.stream().noneMatch(m -> m == member)) {
          list.add(member);
        }
        offset += target.columns().size();
      }
      return owner;
    }).list();
    Set<Relation<?, ?>> joined = new HashSet<>(relations);
    for (int k = 0; k < relations.size(); k++) {
      Relation<Object, Object> relation = relations.get(k);
      List<Object> targets = new ArrayList<>();
      for (Object owner : owners) {
        var holder = Holder.of(relation, owner);
        if (!holder.isLoaded()) {
          holder.populate(related.get(owner).get(k));
        }
        targets.addAll(related.get(owner).get(k));
      }
      session.loader().applyEager(relation.target(), targets, Set.of(relation));
    }
    session.loader().applyEager(type, owners, joined);
    List<T> result = new ArrayList<>(owners.size());
    owners.forEach(owner -> result.add(type.cast(owner)));
    return result;
  }
}
