package dev.sluice.runtime.internal.flush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.planner.Book;
import dev.sluice.it.planner.Book_;
import dev.sluice.it.planner.Category;
import dev.sluice.it.planner.Category_;
import dev.sluice.it.planner.Genre;
import dev.sluice.it.planner.Label;
import dev.sluice.it.planner.Label_;
import dev.sluice.it.planner.PlannerSchema_Metadata;
import dev.sluice.it.planner.Region;
import dev.sluice.it.planner.Region_;
import dev.sluice.it.planner.Shelf;
import dev.sluice.it.planner.Shelf_;
import dev.sluice.it.planner.Store;
import dev.sluice.it.planner.Store_;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.SessionImpl;
import dev.sluice.runtime.internal.delete.FlushReads;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The flush planner without a database: session state is built in memory (objects attached
 * as if loaded, relations loaded or not), and the planned {@link FlushWork} is checked for
 * each shape of flush. The session's Jdbi cannot connect, so any statement fails the test; the
 * rows the planner would read come from {@link Reads}, which records what was asked.
 */
class FlushPlannerTest {
  /**
   * Plans read unloaded rows through this: rows given by the test, every request recorded; a
   * relation read is loaded from then on, as the session's loader leaves it.
   */
  private static final class Reads implements FlushReads {
    final Map<Relation<?, ?>, List<Object>> rows = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public List<Object> related(InstanceState owner, Relation<Object, Object> relation,
        boolean leaveUnloaded) {
      Holder<Object> holder = Holder.of(relation, owner.entity);
      if (holder.isLoaded() || leaveUnloaded) {
        return holder.members();
      }
      asked.add("related " + relation);
      holder.populate(rows.getOrDefault(relation, List.of())); // as the loader fills it
      return holder.members();
    }

    @Override
    public List<Object> relatedByStoredKey(InstanceState owner,
        Relation<Object, Object> relation) {
      Holder<Object> holder = Holder.of(relation, owner.entity);
      if (holder.isLoaded()) {
        return holder.members();
      }
      asked.add("stored " + relation);
      return rows.getOrDefault(relation, List.of());
    }

    @Override
    public List<Object> rowsWhere(EntityType<Object> type, int[] columns, Object[] values) {
      asked.add("where " + type.name());
      return List.of();
    }

    @Override
    public Object row(EntityType<Object> type, Object id) {
      asked.add("row " + type.name());
      return null;
    }
  }

  private final Reads reads = new Reads();
  private SessionImpl session = open(true);

  private static SessionImpl open(boolean setBasedDeletes) {
    Jdbi noDatabase = Jdbi.create(() -> {
      throw new SQLException("a planner test has no database");
    });
    return (SessionImpl) SessionFactory.create(noDatabase, PlannerSchema_Metadata.INSTANCE,
        Dialect.SQLITE).withSetBasedDeletes(setBasedDeletes).openSession();
  }

  /** Attaches objects as if just loaded: persistent, their fields the stored row. */
  private void loaded(Object... entities) {
    List<InstanceState> states = new ArrayList<>();
    for (Object entity : entities) {
      @SuppressWarnings("unchecked")
      EntityType<Object> type = (EntityType<Object>) session.schema()
          .findEntity(entity.getClass());
      InstanceState state = session.attach(entity, type, ObjectState.PERSISTENT);
      state.loaded(state.type.snapshot(entity));
      states.add(state);
    }
    for (InstanceState state : states) { // links made while building are in the rows already
      for (Relation<Object, ?> relation : state.type.relations()) {
        Holder.of(relation, state.entity).clearChanges();
      }
    }
  }

  private FlushWork plan() {
    return UnitOfWork.plan(session, reads);
  }

  private InstanceState state(Object entity) {
    return session.identityMap().state(entity);
  }

  private static int column(EntityType<?> type, String field) {
    for (var column : type.columns()) {
      if (column.field().equals(field)) {
        return column.index();
      }
    }
    throw new AssertionError("no column " + field);
  }

  /** A stored shelf with its books and labels, every collection loaded. */
  private Shelf shelfWith(List<Book> books, List<Label> labels) {
    Shelf shelf = new Shelf(1L, "top");
    List<Object> all = new ArrayList<>();
    all.add(shelf);
    for (Book book : books) {
      book.shelfId = shelf.id;
      shelf.books.add(book);
      all.add(book);
    }
    for (Label label : labels) {
      label.shelfId = shelf.id;
      shelf.labels.add(label);
      all.add(label);
    }
    loaded(all.toArray());
    return shelf;
  }

  private Shelf shelfWithBooks(Book... books) {
    return shelfWith(List.of(books), List.of());
  }

  private static List<String> tableOrder(FlushWork work) {
    List<String> names = new ArrayList<>();
    for (FlushWork.TableWrites table : work.tables()) {
      names.add(table.rows().get(0).type().name());
    }
    return names;
  }

  @Test
  void theFlushReadsTheHoldersOnlyOfObjectsWhoseLinksChanged() {
    Book kept = new Book(2L, "kept");
    Book moved = new Book(3L, "moved");
    Shelf shelf = shelfWithBooks(kept, moved);
    Shelf other = new Shelf(4L, "other");
    loaded(other);
    session.identityMap().linkChangesFlushed(); // as after a flush: nothing changed since

    other.books.add(moved); // the book's reference and its old shelf follow

    assertEquals(List.of(shelf, moved, other), session.identityMap().withLinkChanges().stream()
        .map(listed -> listed.entity).toList(), "in order of arrival, without the kept book");
    FlushWork work = plan();
    RowWrite write = work.writes().stream().filter(w -> w.state.entity == moved).findFirst()
        .orElseThrow();
    assertSame(other, write.sourceOf(column(Book_.TYPE, "shelfId")).parent());
    assertEquals(1, work.writes().size());
  }

  @Test
  void theIdentityMapCountsItsStatesByStatusThroughEveryChange() {
    Book first = new Book(2L, "first");
    Book second = new Book(3L, "second");
    Shelf shelf = shelfWithBooks(first, second);
    assertStatusesAsListed();
    Shelf pending = new Shelf(null, "new");
    session.add(pending);
    session.delete(first);
    assertStatusesAsListed();
    state(first).unmarkDeleted();
    state(second).markDeleted();
    assertStatusesAsListed();
    session.expunge(second); // a deleted state leaves: its count goes with it
    session.expunge(pending);
    assertStatusesAsListed();
    assertEquals(List.of(shelf, first), session.identityMap().withStatus(ObjectState.PERSISTENT)
        .stream().map(listed -> listed.entity).toList());
    session.close();
    for (ObjectState status : ObjectState.values()) {
      assertTrue(session.identityMap().withStatus(status).isEmpty(), status.name());
    }
  }

  /** Every status's states, as the map answers from its counts, are those a full look finds. */
  private void assertStatusesAsListed() {
    for (ObjectState status : ObjectState.values()) {
      assertEquals(session.identityMap().all().stream().filter(s -> s.status() == status)
          .toList(), session.identityMap().withStatus(status), status.name());
    }
  }

  @Test
  void objectsLinkedBeforeTheyArriveAreListed() {
    Shelf shelf = new Shelf(null, "new");
    Book book = new Book(null, "b");
    shelf.books.add(book);
    Shelf bare = new Shelf(null, "bare");
    session.add(bare);
    session.add(shelf); // the book comes along through SAVE_UPDATE

    assertEquals(List.of(shelf, book), session.identityMap().withLinkChanges().stream()
        .map(listed -> listed.entity).toList());
  }

  @Test
  void newRowsAreInsertedParentsFirstWithKeysTakenFromTheirParents() {
    Book first = new Book(null, "first");
    Book second = new Book(null, "second");
    Shelf shelf = new Shelf(null, "new");
    shelf.books.add(first);
    shelf.books.add(second);
    session.add(first); // a child first: the order comes from the schema, not from arrival
    session.add(shelf);

    FlushWork work = plan();

    assertEquals(List.of("Shelf", "Book"), tableOrder(work));
    FlushWork.TableWrites books = work.tables().get(1);
    assertEquals(List.of(first, second), books.insertLevels().get(0).stream()
        .map(write -> write.state.entity).toList());
    assertTrue(books.updates().isEmpty());
    int shelfId = column(Book_.TYPE, "shelfId");
    for (RowWrite write : books.rows()) {
      assertTrue(write.insertsRow());
      assertSame(shelf, write.sourceOf(shelfId).parent(), "the book's key comes from its shelf");
      assertEquals(column(Shelf_.TYPE, "id"), write.sourceOf(shelfId).parentColumn());
    }
    assertTrue(work.deletes().isEmpty());
    assertTrue(reads.asked.isEmpty());
  }

  @Test
  void aNewTreeIsInsertedLevelByLevelWhateverTheOrderOfArrival() {
    Category root = new Category(null, "root");
    Category child = new Category(null, "child");
    Category grandchild = new Category(null, "grandchild");
    root.children.add(child);
    child.children.add(grandchild);
    session.add(grandchild); // reaches its parent, then the root, through the references

    FlushWork work = plan();

    assertEquals(1, work.tables().size());
    FlushWork.TableWrites table = work.tables().get(0);
    List<List<Object>> levels = new ArrayList<>();
    for (List<RowWrite> level : table.insertLevels()) {
      levels.add(level.stream().map(write -> write.state.entity).toList());
    }
    assertEquals(List.of(List.of(root), List.of(child), List.of(grandchild)), levels);
    assertTrue(table.insertsFirst());
  }

  @Test
  void aDeletedTreeGoesLeavesFirst() {
    Category root = new Category(1L, "root");
    Category child = new Category(2L, "child");
    Category grandchild = new Category(3L, "grandchild");
    child.parentId = root.id;
    grandchild.parentId = child.id;
    root.children.add(child);
    child.children.add(grandchild);
    loaded(root, child, grandchild);
    session.delete(root);

    FlushWork work = plan();

    assertEquals(List.of(state(grandchild), state(child), state(root)), work.earlyDeletes());
    assertTrue(work.lateDeletes().isEmpty());
  }

  @Test
  void anOrphansUnloadedChildrenAreReadThroughTheLoaderAndGoFirst() {
    session = open(false);
    Category root = new Category(1L, "root");
    Category child = new Category(2L, "child");
    Category grandchild = new Category(3L, "grandchild");
    child.parentId = root.id;
    grandchild.parentId = child.id;
    root.children.add(child);
    loaded(root, child, grandchild);
    Holder.of(Category_.CHILDREN, child).unload();
    reads.rows.put(Category_.CHILDREN, List.of(grandchild));
    root.children.remove(child);

    FlushWork work = plan();

    assertEquals(List.of("related " + Category_.CHILDREN), reads.asked);
    assertEquals(List.of(state(grandchild), state(child)), work.earlyDeletes());
    assertEquals(List.of(state(child), state(grandchild)), work.marks().markedDeleted());
  }

  @Test
  void aCascadedDeleteRemovesChildrenBeforeTheirParent() {
    Book first = new Book(10L, "first");
    Book second = new Book(11L, "second");
    Shelf shelf = shelfWithBooks(first, second);
    session.delete(shelf);

    FlushWork work = plan();

    assertEquals(List.of(state(first), state(second), state(shelf)), work.earlyDeletes());
    assertTrue(work.lateDeletes().isEmpty());
    assertTrue(work.writes().isEmpty(), "nothing is written around deleted rows");
    assertTrue(work.setSteps().isEmpty(), "loaded children are deleted by key, not by set");
    assertEquals(Set.of(state(first), state(second), state(shelf)), Set.copyOf(work.deletes()));
  }

  @Test
  void aDeleteWaitsForTheUpdateThatStopsASurvivorReferencingIt() {
    Book book = new Book(10L, "kept");
    Label label = new Label(20L, "fiction");
    Shelf shelf = shelfWith(List.of(book), List.of(label));
    session.delete(shelf);

    FlushWork work = plan();

    assertEquals(List.of(state(book)), work.earlyDeletes());
    assertEquals(List.of(state(shelf)), work.lateDeletes(), "the label still references it");
    RowWrite nullified = work.write(state(label));
    assertNotNull(nullified);
    assertFalse(nullified.insert);
    assertSame(RowWrite.Source.NULL, nullified.sourceOf(column(Label_.TYPE, "shelfId")));
    assertEquals(1, work.detachments().size());
    FlushWork.Detachment detachment = work.detachments().get(0);
    assertSame(Shelf_.LABELS, detachment.relation());
    assertSame(shelf, detachment.parent());
    assertSame(label, detachment.member());
  }

  @Test
  void unloadedChildrenToNullifyAreReadThroughTheLoaderRowByRow() {
    session = open(false);
    Label label = new Label(20L, "fiction");
    Shelf shelf = new Shelf(1L, "top");
    label.shelfId = shelf.id;
    loaded(shelf, label);
    Holder.of(Shelf_.LABELS, shelf).unload();
    Holder.of(Shelf_.BOOKS, shelf).populate(List.of());
    reads.rows.put(Shelf_.LABELS, List.of(label));
    session.delete(shelf);

    FlushWork work = plan();

    assertEquals(List.of("related " + Shelf_.LABELS), reads.asked);
    assertSame(RowWrite.Source.NULL,
        work.write(state(label)).sourceOf(column(Label_.TYPE, "shelfId")));
    assertTrue(work.setSteps().isEmpty());
    assertEquals(List.of(state(shelf)), work.lateDeletes());
  }

  @Test
  void unloadedChildrenAreLeftToSetBasedStatementsWithoutReadingThem() {
    Shelf shelf = new Shelf(1L, "top");
    loaded(shelf);
    Holder.of(Shelf_.LABELS, shelf).unload();
    Holder.of(Shelf_.BOOKS, shelf).unload();
    reads.rows.put(Shelf_.LABELS, List.of(new Label(20L, "unseen")));
    session.delete(shelf);

    FlushWork work = plan();

    assertTrue(reads.asked.isEmpty(), "asked " + reads.asked);
    assertEquals(Set.of(Shelf_.LABELS, Shelf_.BOOKS),
        Set.copyOf(work.setSteps().get(state(shelf))));
    assertEquals(List.of(state(shelf)), work.lateDeletes(), "set-based statements run last");
    assertTrue(work.writes().isEmpty());
  }

  @Test
  void aLetGoLabelIsNullifiedAndABookRemovedIsDeletedAsAnOrphan() {
    Book gone = new Book(10L, "gone");
    Book kept = new Book(11L, "kept");
    Label label = new Label(20L, "fiction");
    Shelf shelf = shelfWith(List.of(gone, kept), List.of(label));
    shelf.books.remove(gone);
    shelf.labels.remove(label);

    FlushWork work = plan();

    assertEquals(List.of(state(gone)), work.deletes());
    assertEquals(List.of(state(gone)), work.marks().markedDeleted());
    assertEquals(ObjectState.DELETED, state(gone).status());
    assertNull(work.write(state(kept)), "the kept book does not change");
    assertSame(RowWrite.Source.NULL,
        work.write(state(label)).sourceOf(column(Label_.TYPE, "shelfId")));
    assertTrue(work.detachments().isEmpty());
  }

  @Test
  void undoingAFailedPlansMarksRestoresTheSession() {
    Book gone = new Book(10L, "gone");
    Book kept = new Book(11L, "kept");
    Shelf shelf = shelfWithBooks(gone, kept);
    shelf.books.remove(gone);

    FlushWork work = plan();
    assertEquals(ObjectState.DELETED, state(gone).status(), "the plan marked the orphan");
    UnitOfWork.undoMarks(session, work.marks());

    assertEquals(ObjectState.PERSISTENT, state(gone).status());
    assertEquals(ObjectState.PERSISTENT, state(kept).status());
  }

  @Test
  void referencesBetweenNewRowsInACycleWaitForThePostUpdate() {
    Shelf shelf = new Shelf(null, "new");
    Book book = new Book(null, "pick");
    shelf.books.add(book);
    shelf.pick.set(book);
    session.add(shelf);

    FlushWork work = plan();

    assertEquals(List.of("Shelf", "Book"), tableOrder(work));
    RowWrite shelfRow = work.write(state(shelf));
    RowWrite bookRow = work.write(state(book));
    int pickId = column(Shelf_.TYPE, "pickId");
    assertTrue(EntityModel.of(Shelf_.TYPE).plan().isPostUpdateColumn(pickId));
    assertSame(book, shelfRow.sourceOf(pickId).parent());
    assertTrue(shelfRow.postUpdate, "the shelf's pick is written after the book exists");
    assertFalse(bookRow.postUpdate);
    assertSame(shelf, bookRow.sourceOf(column(Book_.TYPE, "shelfId")).parent());
  }

  @Test
  void aCycleThroughAPostUpdateColumnStillDeletesTheChildFirst() {
    Book book = new Book(10L, "pick");
    Shelf shelf = new Shelf(1L, "top");
    book.shelfId = shelf.id;
    shelf.pickId = book.id;
    shelf.books.add(book);
    shelf.pick.set(book);
    loaded(shelf, book);
    session.delete(shelf);

    FlushWork work = plan();

    // The shelf references the book through its pick: the book (a child) still goes first.
    assertEquals(List.of(state(book), state(shelf)), work.earlyDeletes());
    assertTrue(work.lateDeletes().isEmpty());
  }

  @Test
  void linksAddedAndRemovedBecomeAssociationRowsOnce() {
    Book book = new Book(10L, "book");
    Genre old = new Genre(30L, "old");
    Genre added = new Genre(31L, "new");
    book.genres.add(old);
    loaded(book, old, added);
    book.genres.remove(old);
    added.books.add(book); // from the other side

    FlushWork work = plan();

    assertEquals(1, work.linkInserts().size());
    assertEquals(1, work.linkDeletes().size());
    assertEquals(Set.of(book, added), pair(work.linkInserts().get(0)));
    assertEquals(Set.of(book, old), pair(work.linkDeletes().get(0)));
    assertTrue(work.unlinkAll().isEmpty());
    assertTrue(work.writes().isEmpty(), "a link changes no row of either side");
  }

  @Test
  void aDeletedBooksLinksAllGoWithOneStatementPerRelation() {
    Book book = new Book(10L, "book");
    Genre genre = new Genre(30L, "genre");
    book.genres.add(genre);
    loaded(book, genre);
    session.delete(book);

    FlushWork work = plan();

    assertEquals(1, work.unlinkAll().size());
    FlushWork.Link all = work.unlinkAll().get(0);
    assertSame(Book_.GENRES, all.relation());
    assertSame(book, all.owner());
    assertNull(all.target());
    assertTrue(work.linkDeletes().isEmpty());
    assertEquals(List.of(state(book)), work.earlyDeletes());
  }

  @Test
  void aChangedNaturalKeyIsRecordedAndCarriedIntoLoadedChildren() {
    Region region = new Region("EU");
    Store store = new Store("Paris", "EU");
    region.stores.add(store);
    loaded(region, store);
    region.code = "EUR";

    FlushWork work = plan();

    assertEquals(1, work.keyChanges().size());
    FlushWork.KeyChange change = work.keyChanges().get(0);
    assertSame(state(region), change.state());
    assertEquals("EU", change.oldKey());
    assertEquals("EUR", change.newKey());
    assertEquals(column(Region_.TYPE, "code"), change.column());
    RowWrite storeRow = work.write(state(store));
    assertNotNull(storeRow, "the store's row takes the new code");
    assertSame(region, storeRow.sourceOf(column(Store_.TYPE, "regionCode")).parent());
    assertEquals(List.of("Region", "Store"), tableOrder(work));
    assertEquals("EU", work.write(state(region)).rowKey(),
        "the UPDATE finds the row by its old key");
    assertTrue(reads.asked.isEmpty());
  }

  @Test
  void unloadedChildrenOfAChangedKeyAreReadByTheStoredKey() {
    Region region = new Region("EU");
    Store store = new Store("Paris", "EU");
    loaded(region, store);
    Holder.of(Region_.STORES, region).unload();
    reads.rows.put(Region_.STORES, List.of(store));
    region.code = "EUR";

    FlushWork work = plan();

    assertEquals(List.of("stored " + Region_.STORES), reads.asked);
    assertSame(region, work.write(state(store)).sourceOf(column(Store_.TYPE, "regionCode"))
        .parent());
  }

  @Test
  void aNewObjectWithADeletedObjectsKeyTakesOverItsRow() {
    Book old = new Book(10L, "old");
    loaded(old);
    session.delete(old);
    Book fresh = new Book(10L, "fresh");
    session.add(fresh);

    FlushWork work = plan();

    assertEquals(List.of(state(old)), work.switchedDeletes());
    assertTrue(work.deletes().isEmpty(), "no DELETE: the row is updated instead");
    RowWrite write = work.write(state(fresh));
    assertSame(state(old), write.replaces);
    assertFalse(write.insertsRow());
    assertEquals(10L, write.rowKey());
    assertEquals(List.of(write), work.tables().get(0).updates());
  }

  @Test
  void aDeletedBookMovedToAnotherShelfIsWrittenThereAndDeletedByTheNextFlush() {
    Book book = new Book(10L, "moved");
    Shelf from = shelfWithBooks(book);
    Shelf to = new Shelf(2L, "other");
    loaded(to);
    session.delete(book);
    to.books.add(book);

    FlushWork work = plan();

    assertEquals(List.of(state(book)), work.marks().deferredDeletes());
    assertEquals(ObjectState.PERSISTENT, state(book).status(), "written, not deleted, now");
    assertTrue(work.deletes().isEmpty());
    assertSame(to, work.write(state(book)).sourceOf(column(Book_.TYPE, "shelfId")).parent());
    assertFalse(from.books.contains(book));
    UnitOfWork.markDeferredDeletes(work.marks());
    assertEquals(ObjectState.DELETED, state(book).status(), "the next flush deletes it");
  }

  @Test
  void thePlannedWorkCannotBeChanged() {
    Book book = new Book(10L, "book");
    loaded(book);
    book.title = "changed";

    FlushWork work = plan();

    assertEquals(1, work.writes().size());
    assertThrows(UnsupportedOperationException.class, () -> work.writes().clear());
    assertThrows(UnsupportedOperationException.class, () -> work.deletes().add(state(book)));
    assertThrows(UnsupportedOperationException.class,
        () -> work.tables().get(0).updates().clear());
    assertEquals("changed", work.writes().get(0).field(column(Book_.TYPE, "title")));
    book.title = "changed again after planning";
    assertEquals("changed", work.writes().get(0).field(column(Book_.TYPE, "title")),
        "the plan keeps the values it was made with");
  }

  private static Set<Object> pair(FlushWork.Link link) {
    return Set.of(link.owner(), link.target());
  }
}
