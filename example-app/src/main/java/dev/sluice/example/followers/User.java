package dev.sluice.example.followers;

import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedQuery;

/**
 * A user who follows other users: a many-to-many of the table with itself. Both foreign keys
 * of the link table reference users, so the joins say which is which: primaryJoin ties this
 * user to the follower column, secondaryJoin the followed user to the other one.
 */
@Entity(table = "users")
public class User {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, unique = true) String username;

  @Relationship(secondary = Follow.class,
      primaryJoin = "User.id = Follow.followerId",
      secondaryJoin = "User.id = Follow.followedId",
      lazy = Lazy.DYNAMIC,
      backref = "followers", backrefOptions = @Backref(lazy = Lazy.DYNAMIC))
  final RelatedQuery<User> followed = User_.followed(this);

  final RelatedQuery<User> followers = User_.followers(this);

  User() {}

  User(String username) {
    this.username = username;
  }

  @Override
  public String toString() {
    return "<User: " + username + ">";
  }
}
