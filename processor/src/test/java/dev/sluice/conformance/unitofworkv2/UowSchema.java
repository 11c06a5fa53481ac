package dev.sluice.conformance.unitofworkv2;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.unitofworkv2.UowModel.Child;
import dev.sluice.conformance.unitofworkv2.UowModel.Item;
import dev.sluice.conformance.unitofworkv2.UowModel.Keyword;
import dev.sluice.conformance.unitofworkv2.UowModel.MAddress;
import dev.sluice.conformance.unitofworkv2.UowModel.MUser;
import dev.sluice.conformance.unitofworkv2.UowModel.Node;
import dev.sluice.conformance.unitofworkv2.UowModel.OAddress;
import dev.sluice.conformance.unitofworkv2.UowModel.OUser;
import dev.sluice.conformance.unitofworkv2.UowModel.Parent;
import dev.sluice.conformance.unitofworkv2.UowModel.RaiseA;
import dev.sluice.conformance.unitofworkv2.UowModel.RaiseB;
import dev.sluice.conformance.unitofworkv2.UowModel.RowA;
import dev.sluice.conformance.unitofworkv2.UowModel.RowB;
import dev.sluice.conformance.unitofworkv2.UowModel.RowC;

/** The model groups of test_unitofworkv2.py. */
@Schema(entities = {OUser.class, OAddress.class, MUser.class, MAddress.class, Node.class,
    Item.class, Keyword.class, RaiseA.class, RaiseB.class, Parent.class, Child.class,
    RowA.class, RowB.class, RowC.class})
interface UowSchema {}
