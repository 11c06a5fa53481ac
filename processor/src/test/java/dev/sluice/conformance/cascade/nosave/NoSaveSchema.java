package dev.sluice.conformance.cascade.nosave;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BItem;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BKeyword;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BUser;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnItem;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnKeyword;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnmAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnmUser;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnoAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnoUser;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.Item;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.Keyword;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.M2oAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.M2oUser;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcItem;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcKeyword;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcM2oAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcM2oUser;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcO2mAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcO2mUser;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.O2mAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.O2mUser;

/** The model groups of test_cascade.py NoSaveCascadeFlushTest. */
@Schema(entities = {O2mUser.class, O2mAddress.class, NcO2mUser.class, NcO2mAddress.class,
    M2oUser.class, M2oAddress.class, NcM2oUser.class, NcM2oAddress.class, Item.class,
    Keyword.class, NcItem.class, NcKeyword.class, BUser.class, BAddress.class, BnoUser.class,
    BnoAddress.class, BnmUser.class, BnmAddress.class, BItem.class, BKeyword.class,
    BnItem.class, BnKeyword.class})
interface NoSaveSchema {}
