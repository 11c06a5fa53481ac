package dev.sluice.it.followers;

import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedQuery;

/** A user who follows and is followed. */
@Entity(table = "user")
public class User {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, unique = true) String username;

  @Relationship(secondary = Followers.class,
      primaryJoin = "User.id = Followers.followerId",
      secondaryJoin = "User.id = Followers.followedId",
      lazy = Lazy.DYNAMIC, backref = "followers",
      backrefOptions = @Backref(lazy = Lazy.DYNAMIC))
  final RelatedQuery<User> followed = User_.followed(this);

  final RelatedQuery<User> followers = User_.followers(this);

  User() {}

  User(String username) {
    this.username = username;
  }
}
