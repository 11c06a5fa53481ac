package dev.sluice.conformance.backref;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.backref.BackrefModel.Address;
import dev.sluice.conformance.backref.BackrefModel.Item;
import dev.sluice.conformance.backref.BackrefModel.Keyword;
import dev.sluice.conformance.backref.BackrefModel.OneAddress;
import dev.sluice.conformance.backref.BackrefModel.OneUser;
import dev.sluice.conformance.backref.BackrefModel.OrphanAddress;
import dev.sluice.conformance.backref.BackrefModel.OrphanUser;
import dev.sluice.conformance.backref.BackrefModel.PlainAddress;
import dev.sluice.conformance.backref.BackrefModel.PlainUser;
import dev.sluice.conformance.backref.BackrefModel.User;

/** The model groups of test_backref_mutations.py. */
@Schema(entities = {User.class, Address.class, OneUser.class, OneAddress.class,
    PlainUser.class, PlainAddress.class, OrphanUser.class, OrphanAddress.class,
    Item.class, Keyword.class})
interface BackrefSchema {}
