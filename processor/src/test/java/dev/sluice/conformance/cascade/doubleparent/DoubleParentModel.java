package dev.sluice.conformance.cascade.doubleparent;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * The models of test_cascade.py DoubleParentO2MOrphanTest and DoubleParentM2OOrphanTest: an
 * object owned under DELETE_ORPHAN by two parents.
 */
final class DoubleParentModel {
  private DoubleParentModel() {}

  /** An account owning its customers (collection, backref {@code account}). */
  @Entity(table = "accounts")
  static class Account {
    @Id @GeneratedValue Long accountId;
    Integer balance;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, backref = "account")
    final RelatedList<Customer> customers = DoubleParentModel_Account_.customers(this);
  }

  /** A sales rep owning its customers (collection, backref {@code salesRep}). */
  @Entity(table = "sales_reps")
  static class SalesRep {
    @Id @GeneratedValue Long salesRepId;
    String name;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, backref = "salesRep")
    final RelatedList<Customer> customers = DoubleParentModel_SalesRep_.customers(this);
  }

  /** A customer with two owners. */
  @Entity(table = "customers")
  static class Customer {
    @Id @GeneratedValue Long customerId;
    String name;
    @ForeignKey(entity = SalesRep.class) Long salesRepId;
    @ForeignKey(entity = Account.class) Long accountId;
    final RelatedRef<Account> account = DoubleParentModel_Customer_.account(this);
    final RelatedRef<SalesRep> salesRep = DoubleParentModel_Customer_.salesRep(this);
  }

  /** An account owning one customer (one-to-one, backref {@code account}). */
  @Entity(table = "o2o_accounts")
  static class O2oAccount {
    @Id @GeneratedValue Long accountId;
    Integer balance;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, backref = "account")
    final RelatedRef<O2oCustomer> customers = DoubleParentModel_O2oAccount_.customers(this);
  }

  /** A sales rep owning one customer (one-to-one, backref {@code salesRep}). */
  @Entity(table = "o2o_sales_reps")
  static class O2oSalesRep {
    @Id @GeneratedValue Long salesRepId;
    String name;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, backref = "salesRep")
    final RelatedRef<O2oCustomer> customers = DoubleParentModel_O2oSalesRep_.customers(this);
  }

  /** A customer with two one-to-one owners. */
  @Entity(table = "o2o_customers")
  static class O2oCustomer {
    @Id @GeneratedValue Long customerId;
    String name;
    @ForeignKey(entity = O2oSalesRep.class) Long salesRepId;
    @ForeignKey(entity = O2oAccount.class) Long accountId;
    final RelatedRef<O2oAccount> account = DoubleParentModel_O2oCustomer_.account(this);
    final RelatedRef<O2oSalesRep> salesRep = DoubleParentModel_O2oCustomer_.salesRep(this);
  }

  /** An address owned, through their many-to-ones, by a home or a business. */
  @Entity(table = "addresses")
  static class Address {
    @Id @GeneratedValue Long addressId;
    String street;

    Address() {}

    Address(String street) {
      this.street = street;
    }
  }

  /** A home whose address is deleted with it or when replaced (single parent). */
  @Entity(table = "homes")
  static class Home {
    @Id @GeneratedValue Long homeId;
    String description;
    @ForeignKey(entity = Address.class) @Column(nullable = false) Long addressId;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, singleParent = true)
    final RelatedRef<Address> address = DoubleParentModel_Home_.address(this);
  }

  /** A business whose address is deleted with it or when replaced (single parent). */
  @Entity(table = "businesses")
  static class Business {
    @Id @GeneratedValue Long businessId;
    String description;
    @ForeignKey(entity = Address.class) @Column(nullable = false) Long addressId;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, singleParent = true)
    final RelatedRef<Address> address = DoubleParentModel_Business_.address(this);
  }
}
