package dev.sluice.it.followers;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** The link table: the left user follows the right one. */
@AssociationTable(name = "followers")
public class Followers {
  @ForeignKey(entity = User.class) Long followerId;
  @ForeignKey(entity = User.class) Long followedId;
}
