package dev.sluice.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The JPA twin of the Sluice child. */
@Entity
@Table(name = "h_child")
public class HChild {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "h_child_seq")
  @SequenceGenerator(name = "h_child_seq", sequenceName = "h_child_seq",
      allocationSize = HibernateSchema.ALLOCATION)
  public Long id;

  @Column(nullable = false, length = 100)
  public String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "parent_id", nullable = false)
  public HParent parent;

  public HChild() {}

  public HChild(String name) {
    this.name = name;
  }
}
