package dev.sluice.conformance.relationships;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.relationships.RelationshipsModel.Address;
import dev.sluice.conformance.relationships.RelationshipsModel.AmbA;
import dev.sluice.conformance.relationships.RelationshipsModel.AmbB;
import dev.sluice.conformance.relationships.RelationshipsModel.CasA;
import dev.sluice.conformance.relationships.RelationshipsModel.CasB;
import dev.sluice.conformance.relationships.RelationshipsModel.DelA;
import dev.sluice.conformance.relationships.RelationshipsModel.DelB;
import dev.sluice.conformance.relationships.RelationshipsModel.IdentA;
import dev.sluice.conformance.relationships.RelationshipsModel.IdentB;
import dev.sluice.conformance.relationships.RelationshipsModel.KeyA;
import dev.sluice.conformance.relationships.RelationshipsModel.KeyB;
import dev.sluice.conformance.relationships.RelationshipsModel.ManA;
import dev.sluice.conformance.relationships.RelationshipsModel.ManB;
import dev.sluice.conformance.relationships.RelationshipsModel.ManRefA;
import dev.sluice.conformance.relationships.RelationshipsModel.ManRefB;
import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadAddress;
import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadM2oAddress;
import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadM2oUser;
import dev.sluice.conformance.relationships.RelationshipsModel.NoLoadUser;
import dev.sluice.conformance.relationships.RelationshipsModel.PkA;
import dev.sluice.conformance.relationships.RelationshipsModel.PkB;
import dev.sluice.conformance.relationships.RelationshipsModel.RefA;
import dev.sluice.conformance.relationships.RelationshipsModel.RefB;
import dev.sluice.conformance.relationships.RelationshipsModel.SaveA;
import dev.sluice.conformance.relationships.RelationshipsModel.SaveB;
import dev.sluice.conformance.relationships.RelationshipsModel.TblA;
import dev.sluice.conformance.relationships.RelationshipsModel.TblB;
import dev.sluice.conformance.relationships.RelationshipsModel.TblC;
import dev.sluice.conformance.relationships.RelationshipsModel.TblD;
import dev.sluice.conformance.relationships.RelationshipsModel.User;

/** The model groups of test_relationships.py that Sluice maps. */
@Schema(entities = {TblA.class, TblB.class, TblC.class, TblD.class, KeyA.class, KeyB.class,
    PkA.class, PkB.class, SaveA.class, SaveB.class, RefA.class, RefB.class, DelA.class,
    DelB.class, CasA.class, CasB.class, ManA.class, ManB.class, ManRefA.class, ManRefB.class,
    IdentA.class, IdentB.class, User.class, Address.class, NoLoadUser.class,
    NoLoadAddress.class, NoLoadM2oUser.class, NoLoadM2oAddress.class, AmbA.class, AmbB.class})
interface RelationshipsSchema {}
