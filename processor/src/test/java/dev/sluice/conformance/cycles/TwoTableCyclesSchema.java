package dev.sluice.conformance.cycles;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallA;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallB;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallC;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallD;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallE;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.Child3;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.OC1;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.OC1Data;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.OC2;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.Parent3;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonA;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonB;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonC;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonD;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonE;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.T1;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.T2;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.T3;

/** The two-table cycles of test_cycles.py, each broken by a post-update. */
@Schema(entities = {T1.class, T2.class, T3.class, OC1.class, OC2.class, OC1Data.class,
    BallA.class, PersonA.class, BallB.class, PersonB.class, BallC.class, PersonC.class,
    BallD.class, PersonD.class, BallE.class, PersonE.class, Parent3.class, Child3.class})
interface TwoTableCyclesSchema {}
