package dev.sluice.conformance.unitofwork;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.unitofwork.MultiPkModel.DatedEntry;
import dev.sluice.conformance.unitofwork.MultiPkModel.Entry;
import dev.sluice.conformance.unitofwork.MultiPkModel.T1;

/** The composite-key tables of test_unitofwork.py. */
@Schema(entities = {Entry.class, DatedEntry.class, T1.class})
interface MultiPkSchema {}
