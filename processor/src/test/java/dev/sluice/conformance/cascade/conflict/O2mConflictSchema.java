package dev.sluice.conformance.cascade.conflict;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mBackrefDelOrphanChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mBackrefDelOrphanParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefDelOrphanChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefDelOrphanParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelCascadeChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelCascadeParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanBackrefChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanBackrefParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oParent;

/** The model groups of test_cascade.py O2MConflictTest. */
@Schema(entities = {O2oParent.class, O2oChild.class, O2mParent.class, O2mChild.class,
    O2oBackrefParent.class, O2oBackrefChild.class, O2oDelCascadeParent.class,
    O2oDelCascadeChild.class, O2oDelOrphanParent.class, O2oDelOrphanChild.class,
    O2oDelOrphanBackrefParent.class, O2oDelOrphanBackrefChild.class,
    O2oBackrefDelOrphanParent.class, O2oBackrefDelOrphanChild.class,
    O2mBackrefDelOrphanParent.class, O2mBackrefDelOrphanChild.class})
interface O2mConflictSchema {}
