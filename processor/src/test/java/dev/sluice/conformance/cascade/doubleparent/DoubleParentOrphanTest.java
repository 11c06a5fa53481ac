package dev.sluice.conformance.cascade.doubleparent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Account;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Address;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Business;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Customer;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Home;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.O2oAccount;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.O2oCustomer;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.O2oSalesRep;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.SalesRep;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * An object with two DELETE_ORPHAN owners: a pending one leaves the session as soon as either
 * owner lets it go (SQLAlchemy's current rule, not legacy_is_orphan); one with both owners, or
 * a pending one that never had an owner, is written.
 */
class DoubleParentOrphanTest {
  // test_cascade.py DoubleParentO2MOrphanTest.test_double_parent_expunge_o2m_current
  @DatabaseTest
  void aPendingCustomerLeavesWhenEitherCollectionDropsIt(TestDatabase db) {
    SessionFactory factory = db.create(DoubleParentSchema_Metadata.INSTANCE)
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      Account a = new Account();
      a.balance = 0;
      SalesRep sr = new SalesRep();
      sr.name = "John";
      s.addAll(List.of(a, sr));
      s.commit();
      Customer c = new Customer();
      c.name = "Jane";
      a.customers.add(c);
      sr.customers.add(c);
      assertTrue(s.contains(c));
      a.customers.remove(c);
      assertFalse(s.contains(c), "Should expunge customer when either parent is gone");
      sr.customers.remove(c);
      assertFalse(s.contains(c), "Should expunge customer when both parents are gone");
      s.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"customers\""));
  }

  // test_cascade.py DoubleParentO2MOrphanTest.test_double_parent_expunge_o2o_current
  @DatabaseTest
  void aPendingCustomerLeavesWhenEitherOneToOneDropsIt(TestDatabase db) {
    SessionFactory factory = db.create(DoubleParentSchema_Metadata.INSTANCE)
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      O2oAccount a = new O2oAccount();
      a.balance = 0;
      O2oSalesRep sr = new O2oSalesRep();
      sr.name = "John";
      s.addAll(List.of(a, sr));
      s.commit();
      O2oCustomer c = new O2oCustomer();
      c.name = "Jane";
      a.customers.set(c);
      sr.customers.set(c);
      assertTrue(s.contains(c));
      a.customers.set(null);
      assertFalse(s.contains(c), "Should expunge customer when either parent is gone");
      sr.customers.set(null);
      assertFalse(s.contains(c), "Should expunge customer when both parents are gone");
      s.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"o2o_customers\""));
  }

  // test_cascade.py DoubleParentM2OOrphanTest.test_non_orphan
  @DatabaseTest
  void anAddressOwnedThroughEitherManyToOneIsWritten(TestDatabase db) {
    SessionFactory factory = db.create(DoubleParentSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Home h1 = new Home();
      h1.description = "home1";
      h1.address.set(new Address("address1"));
      Business b1 = new Business();
      b1.description = "business1";
      b1.address.set(new Address("address2"));
      session.addAll(List.of(h1, b1));
      session.flush();
      session.expungeAll();

      Home home = session.get(Home.class, h1.homeId);
      assertEquals("home1", home.description);
      assertEquals("address1", home.address.get().street);
      Business business = session.get(Business.class, b1.businessId);
      assertEquals("business1", business.description);
      assertEquals("address2", business.address.get().street);
      session.commit();
    }
  }

  // test_cascade.py DoubleParentM2OOrphanTest.test_orphan
  @DatabaseTest
  void aPendingAddressThatNeverHadAnOwnerIsWritten(TestDatabase db) {
    SessionFactory factory = db.create(DoubleParentSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Address a1 = new Address();
      session.add(a1);
      session.flush();
      assertNotNull(a1.addressId);
      session.commit();
    }
    assertEquals(1L, db.number("SELECT COUNT(*) FROM \"addresses\""));
  }
}
