package dev.sluice.conformance.relationships;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadAddress;
import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadM2oAddress;
import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadM2oUser;
import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadUser;
import org.junit.jupiter.api.Test;

/** test_relationships.py NoLoadBackPopulates: a NOLOAD side still keeps the other in sync. */
class NoLoadBackPopulatesTest {
  // test_relationships.py NoLoadBackPopulates.test_o2m
  // differs: both sides name each other (a backPopulates that only one side declares is an
  // error, E316); SQLAlchemy accepts it on one side
  @Test
  void appendingToANoLoadCollectionSetsTheReference() {
    NoLoadUser u1 = new NoLoadUser();
    NoLoadAddress a1 = new NoLoadAddress();
    u1.addresses.add(a1);
    assertSame(u1, a1.user.get());
  }

  // test_relationships.py NoLoadBackPopulates.test_m2o
  // differs: both sides name each other, as above
  @Test
  void settingANoLoadReferenceAppendsToTheCollection() {
    NoLoadM2oUser u1 = new NoLoadM2oUser();
    NoLoadM2oAddress a1 = new NoLoadM2oAddress();
    a1.user.set(u1);
    assertTrue(u1.addresses.contains(a1));
  }
}
