package dev.sluice.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The JPA twin of the Sluice tag (seeded with fixed ids, never generated). */
@Entity
@Table(name = "h_tag")
public class HTag {
  @Id
  public Long id;

  @Column(nullable = false, length = 100)
  public String name;

  public HTag() {}
}
