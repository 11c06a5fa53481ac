package dev.sluice.bench.model;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A tag shared by many parents; deleting a parent deletes its links, never the tag. */
@Entity(table = "tag")
public class Tag {
  @Id @GeneratedValue public Long id;
  @Column(nullable = false, length = 100) public String name;

  public Tag() {}

  public Tag(String name) {
    this.name = name;
  }
}
