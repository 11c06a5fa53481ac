package dev.sluice.conformance.cycles;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.cycles.BatchingModel.Child1;
import dev.sluice.conformance.cycles.BatchingModel.Child2;
import dev.sluice.conformance.cycles.BatchingModel.Child3;
import dev.sluice.conformance.cycles.BatchingModel.Parent;

/** test_cycles.py PostUpdateBatchingTest's model. */
@Schema(entities = {Parent.class, Child1.class, Child2.class, Child3.class})
interface BatchingSchema {}
