package dev.sluice.it.naturalkeys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A profile's setting. */
@Entity(table = "settings")
public class Setting {
  @Id @GeneratedValue Long id;
  String value;
  @ForeignKey(entity = Profile.class, constraint = false) String profileName;

  @Relationship(backPopulates = "settings")
  final RelatedRef<Profile> profile = Setting_.profile(this);

  Setting() {}

  Setting(String value) {
    this.value = value;
  }
}
