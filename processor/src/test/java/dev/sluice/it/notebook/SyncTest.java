package dev.sluice.it.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.runtime.internal.holder.Holder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both sides of a relationship stay in sync in memory, on transient objects too. */
class SyncTest {
  @Test
  void appendingToACollectionSetsTheReferenceAndTheForeignKey() {
    Person p = new Person("p");
    p.uid = 7L;
    Log log = new Log();
    p.logs.add(log);
    assertSame(p, log.person.get());
    assertEquals(7L, log.personId);
    assertEquals(List.of(log), List.copyOf(Holder.of(Person_.LOGS, p).added()));
  }

  @Test
  void settingTheReferenceMovesTheChildBetweenCollections() {
    Person p = new Person("p");
    Person q = new Person("q");
    q.uid = 9L;
    Log log = new Log();
    p.logs.add(log);
    log.person.set(q);
    assertEquals(List.of(), p.logs);
    assertEquals(List.of(log), q.logs);
    assertEquals(9L, log.personId);
    assertTrue(Holder.of(Person_.LOGS, p).added().isEmpty(), "adding then removing cancels out");
  }

  @Test
  void removingFromTheCollectionClearsTheReferenceAndKey() {
    Person p = new Person("p");
    p.uid = 3L;
    Log log = new Log();
    p.logs.add(log);
    p.logs.remove(log);
    assertNull(log.person.get());
    assertNull(log.personId);
  }

  @Test
  void theForeignKeyWaitsForAKeyThatIsNotKnownYet() {
    Person p = new Person("p");
    Log log = new Log();
    log.personId = 42L;
    log.person.set(p);
    assertNull(log.personId);
    assertEquals(List.of(log), p.logs);
  }

  @Test
  void aOneToOneReplacementUnlinksThePreviousObject() {
    Person p = new Person("p");
    OneLog first = new OneLog();
    OneLog second = new OneLog();
    p.log.set(first);
    assertSame(p, first.person.get());
    p.log.set(second);
    assertNull(first.person.get());
    assertSame(p, second.person.get());
    second.person.clear();
    assertNull(p.log.get());
  }

  @Test
  void manyToManySidesFollowEachOther() {
    Person ann = new Person("ann");
    Person bob = new Person("bob");
    ManyLog log = new ManyLog();
    log.persons.add(ann);
    bob.manylogs.add(log);
    assertEquals(List.of(log), ann.manylogs);
    assertEquals(List.of(ann, bob), log.persons);
    log.persons.remove(ann);
    assertEquals(List.of(), ann.manylogs);
    log.persons.set(List.of(ann));
    assertEquals(List.of(ann), log.persons);
    assertEquals(List.of(), bob.manylogs);
  }

  @Test
  void aListHoldsEachObjectOnceAndItsIteratorUnlinks() {
    Person p = new Person("p");
    Log log = new Log();
    assertTrue(p.logs.add(log));
    assertEquals(false, p.logs.add(log));
    var it = p.logs.iterator();
    it.next();
    it.remove();
    assertNull(log.person.get());
    assertTrue(p.logs.isEmpty());
  }
}
