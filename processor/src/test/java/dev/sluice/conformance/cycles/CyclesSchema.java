package dev.sluice.conformance.cycles;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.cycles.CyclesModel.A;
import dev.sluice.conformance.cycles.CyclesModel.C1;
import dev.sluice.conformance.cycles.CyclesModel.C2;
import dev.sluice.conformance.cycles.CyclesModel.Node;
import dev.sluice.conformance.cycles.CyclesModel.ParentOnly;
import dev.sluice.conformance.cycles.CyclesModel.SetNullNode;
import dev.sluice.conformance.cycles.CyclesModel.Single;
import dev.sluice.conformance.cycles.CyclesModel.Tt;

/** The self-referential model groups of test_cycles.py. */
@Schema(entities = {Single.class, ParentOnly.class, C1.class, C2.class, SetNullNode.class,
    Tt.class, Node.class, A.class})
interface CyclesSchema {}
