package dev.sluice.conformance.unitofwork;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.Address;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.BAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.BUser;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.Item;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.Keyword;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.MAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.MUser;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.NAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.NUser;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.OneAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.OneUser;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.User;

/** The model groups of test_unitofwork.py. */
@Schema(entities = {User.class, Address.class, OneUser.class, OneAddress.class, MUser.class,
    MAddress.class, BUser.class, BAddress.class, NUser.class, NAddress.class, Item.class,
    Keyword.class})
interface UnitOfWorkSchema {}
