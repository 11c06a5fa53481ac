package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Schema;

/** The tables of test_basic.py's joined cases. */
@Schema(entities = {Foo.class, Bar.class, Blub.class, A.class, B.class, C.class, T1.class,
    T2.class, T3.class, T4.class})
public interface BasicJoinedSchema {}
