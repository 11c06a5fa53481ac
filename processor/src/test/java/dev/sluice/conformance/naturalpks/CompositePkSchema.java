package dev.sluice.conformance.naturalpks;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.naturalpks.CompositePkModel.MAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.MUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.NmAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.NmUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.NoAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.NoUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.OAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.OUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.RpUser;

/** The composite-key models of test_naturalpks.py. */
@Schema(entities = {RpUser.class, OUser.class, OAddress.class, NoUser.class, NoAddress.class,
    MUser.class, MAddress.class, NmUser.class, NmAddress.class})
interface CompositePkSchema {}
