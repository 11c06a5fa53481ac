package dev.sluice.conformance.cascade.doubleparent;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Account;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Address;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Business;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Customer;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.Home;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.O2oAccount;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.O2oCustomer;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.O2oSalesRep;
import dev.sluice.conformance.cascade.doubleparent.DoubleParentModel.SalesRep;

/** The model groups of test_cascade.py DoubleParentO2MOrphanTest and DoubleParentM2OOrphanTest. */
@Schema(entities = {Account.class, SalesRep.class, Customer.class, O2oAccount.class,
    O2oSalesRep.class, O2oCustomer.class, Address.class, Home.class, Business.class})
interface DoubleParentSchema {}
