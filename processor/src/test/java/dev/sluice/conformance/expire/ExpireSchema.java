package dev.sluice.conformance.expire;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.expire.ExpireModel.Address;
import dev.sluice.conformance.expire.ExpireModel.JAddress;
import dev.sluice.conformance.expire.ExpireModel.JUser;
import dev.sluice.conformance.expire.ExpireModel.Order;
import dev.sluice.conformance.expire.ExpireModel.PAddress;
import dev.sluice.conformance.expire.ExpireModel.PUser;
import dev.sluice.conformance.expire.ExpireModel.QAddress;
import dev.sluice.conformance.expire.ExpireModel.QUser;
import dev.sluice.conformance.expire.ExpireModel.RAddress;
import dev.sluice.conformance.expire.ExpireModel.RUser;
import dev.sluice.conformance.expire.ExpireModel.User;

/** The model groups of test_expire.py. */
@Schema(entities = {User.class, Address.class, JUser.class, JAddress.class, RUser.class,
    RAddress.class, PUser.class, PAddress.class, QUser.class, QAddress.class, Order.class})
interface ExpireSchema {}
