package dev.sluice.conformance.merge;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.merge.MergeModel.Address;
import dev.sluice.conformance.merge.MergeModel.Bug;
import dev.sluice.conformance.merge.MergeModel.Item;
import dev.sluice.conformance.merge.MergeModel.MAddress;
import dev.sluice.conformance.merge.MergeModel.NAddress;
import dev.sluice.conformance.merge.MergeModel.OAddress;
import dev.sluice.conformance.merge.MergeModel.OUser;
import dev.sluice.conformance.merge.MergeModel.OneAddress;
import dev.sluice.conformance.merge.MergeModel.OneUser;
import dev.sluice.conformance.merge.MergeModel.Order;
import dev.sluice.conformance.merge.MergeModel.Rock;
import dev.sluice.conformance.merge.MergeModel.User;

/** The model groups of test_merge.py. */
@Schema(entities = {User.class, Address.class, OUser.class, OAddress.class, NAddress.class,
    MAddress.class, Order.class, Item.class, OneUser.class, OneAddress.class, Rock.class,
    Bug.class})
interface MergeSchema {}
