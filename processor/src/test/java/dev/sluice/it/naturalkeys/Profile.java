package dev.sluice.it.naturalkeys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** An account's profile: its key is the account's name, so a rename reaches its settings. */
@Entity(table = "profiles")
public class Profile {
  @Id @ForeignKey(entity = Account.class, constraint = false) String accountName;
  String motto;

  @Relationship(backPopulates = "profile")
  final RelatedRef<Account> account = Profile_.account(this);

  @Relationship(backPopulates = "profile", passiveUpdates = false)
  final RelatedList<Setting> settings = Profile_.settings(this);

  Profile() {}

  Profile(String motto) {
    this.motto = motto;
  }
}
