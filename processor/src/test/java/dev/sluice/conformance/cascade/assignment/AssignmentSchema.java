package dev.sluice.conformance.cascade.assignment;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.cascade.assignment.AssignmentModel.A;
import dev.sluice.conformance.cascade.assignment.AssignmentModel.B;

/** The model group of test_cascade.py CollectionAssignmentOrphanTest. */
@Schema(entities = {A.class, B.class})
interface AssignmentSchema {}
