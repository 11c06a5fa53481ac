package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Schema;

/** The tables of the remaining joined cases of test_basic.py and test_relationship.py. */
@Schema(entities = {PdA.class, PdB.class, PdC.class, User.class, Admin.class, Role.class,
    EtsParent.class, EtsBase.class, EtsSub.class, EtsOther.class, EtsRelated.class, EtsToy.class,
    SnA.class, SnASub.class, SnB.class})
public interface MoreJoinedSchema {}
