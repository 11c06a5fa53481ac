package dev.sluice.conformance.naturalpks;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.naturalpks.NonPassiveItemsModel.NpIUser;
import dev.sluice.conformance.naturalpks.NonPassiveItemsModel.NpItem;

/** The model group of test_naturalpks.py NaturalPKTest.test_manytomany_nonpassive. */
@Schema(entities = {NpIUser.class, NpItem.class})
interface NonPassiveItemsSchema {}
