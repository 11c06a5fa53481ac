package dev.sluice.example.followers;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** A row of the link table: the follower follows the followed user. */
@AssociationTable(name = "followers")
public class Follow {
  @ForeignKey(entity = User.class) Long followerId;
  @ForeignKey(entity = User.class) Long followedId;
}
