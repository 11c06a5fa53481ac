package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Schema;

/**
 * test_basic.py's single-table cases: a hierarchy whose middle class has no identity, and a
 * subclass owned with delete-orphan.
 */
@Schema(entities = {A.class, B.class, C.class, D.class, E.class, Holder.class, Single.class,
    SubSingle.class})
public interface BasicSingleSchema {}
