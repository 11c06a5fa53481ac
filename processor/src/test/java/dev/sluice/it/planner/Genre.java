package dev.sluice.it.planner;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A genre shared by many books. */
@Entity(table = "genre")
public class Genre {
  @Id @GeneratedValue public Long id;
  public String name;

  @Relationship(secondary = BookGenre.class, backPopulates = "genres")
  public final RelatedList<Book> books = Genre_.books(this);

  public Genre() {}

  public Genre(Long id, String name) {
    this.id = id;
    this.name = name;
  }
}
