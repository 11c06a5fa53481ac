package dev.sluice.conformance.session;

import dev.sluice.annotations.Schema;
import dev.sluice.conformance.session.SessionModel.Address;
import dev.sluice.conformance.session.SessionModel.CAddress;
import dev.sluice.conformance.session.SessionModel.CUser;
import dev.sluice.conformance.session.SessionModel.User;

/** The model groups of test_session.py. */
@Schema(entities = {User.class, Address.class, CUser.class, CAddress.class})
interface SessionSchema {}
