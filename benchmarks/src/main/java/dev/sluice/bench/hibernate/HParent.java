package dev.sluice.bench.hibernate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The JPA twin of the Sluice parent: children cascade ALL with orphan removal, tags linked. */
@Entity
@Table(name = "h_parent")
public class HParent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "h_parent_seq")
  @SequenceGenerator(name = "h_parent_seq", sequenceName = "h_parent_seq",
      allocationSize = HibernateSchema.ALLOCATION)
  public Long id;

  @Column(nullable = false, length = 100)
  public String name;

  @Column(nullable = false)
  public int score;

  @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL, orphanRemoval = true)
  public List<HChild> children = new ArrayList<>();

  @ManyToMany
  @JoinTable(name = "h_parent_tag", joinColumns = @JoinColumn(name = "parent_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  public List<HTag> tags = new ArrayList<>();

  public HParent() {}

  public HParent(String name, int score) {
    this.name = name;
    this.score = score;
  }

  /** Adds a child on both sides, as JPA leaves to the application. */
  public void addChild(HChild child) {
    children.add(child);
    child.parent = this;
  }
}
