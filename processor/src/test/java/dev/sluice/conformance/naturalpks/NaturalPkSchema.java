package dev.sluice.conformance.naturalpks;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.naturalpks.NaturalPkModel.Address;
import dev.sluice.conformance.naturalpks.NaturalPkModel.BAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.BUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.IUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.Item;
import dev.sluice.conformance.naturalpks.NaturalPkModel.M2oNode;
import dev.sluice.conformance.naturalpks.NaturalPkModel.MAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.MUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NbAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NbUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NmAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NmUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NoAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NoUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.Node;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NpAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NpNode;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NpUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NuAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NuUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.O2mNode;
import dev.sluice.conformance.naturalpks.NaturalPkModel.OAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.OUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.UAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.UUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.User;

/** The model groups of test_naturalpks.py. */
@Schema(entities = {User.class, Address.class, NpUser.class, NpAddress.class, MUser.class,
    MAddress.class, NmUser.class, NmAddress.class, OUser.class, OAddress.class, NoUser.class,
    NoAddress.class, BUser.class, BAddress.class, NbUser.class, NbAddress.class, IUser.class,
    Item.class, Node.class, O2mNode.class, M2oNode.class, NpNode.class, UUser.class,
    UAddress.class, NuUser.class, NuAddress.class})
interface NaturalPkSchema {}
