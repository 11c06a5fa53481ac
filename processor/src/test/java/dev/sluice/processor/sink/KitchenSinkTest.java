package dev.sluice.processor.sink;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.SluiceProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One schema that uses every mapping feature at once: it must compile without a single
 * warning, and so must everything generated for it.
 */
class KitchenSinkTest {
  private static final String HEADER = "package sink; import dev.sluice.annotations.*;"
      + " import dev.sluice.runtime.*; import java.math.BigDecimal; import java.time.*;"
      + " import java.util.UUID;";

  private static final List<String> ENTITIES = List.of("Account", "Post", "Profile", "Team",
      "Category", "Widget", "Entry", "AuditEntry");

  private static Compilation compilation;

  private static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>(List.of(HEADER));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("sink." + name, all);
  }

  @BeforeAll
  static void compile() {
    compilation = javac().withProcessors(new SluiceProcessor()).compile(
        source("Kind", "enum Kind { BASIC, PREMIUM }"),
        // a type whose name does not look like a class name: taken as declared, not guessed
        source("tier", "enum tier { GOLD, SILVER }"),
        // every column type, accessors for private fields, and a relationship of each kind
        source("Account",
            "@Entity(table = \"accounts\")",
            "class Account {",
            "  @Id @GeneratedValue Long id;",
            "  @Column(nullable = false, unique = true, length = 80) String login;",
            "  boolean active;",
            "  int rank;",
            "  long visits;",
            "  double score;",
            "  Boolean verified;",
            "  @Column(index = true) Integer level;",
            "  Long points;",
            "  Double ratio;",
            "  BigDecimal balance;",
            "  byte[] avatar;",
            "  UUID token;",
            "  LocalDate birthday;",
            "  LocalDateTime lastSeen;",
            "  Instant createdAt;",
            "  @Column(name = \"modified\") OffsetDateTime updatedAt;",
            "  @Column(nullable = false) Kind kind = Kind.BASIC;",
            "  tier tier;",
            "  private String nickname;",
            "  private boolean admin;",
            "  transient String scratch;",
            "  static int instances;",
            "",
            "  @Relationship(backPopulates = \"account\", cascade = {Cascade.ALL,"
                + " Cascade.DELETE_ORPHAN},",
            "      passiveDeletes = PassiveDeletes.ON, orderBy = \"postedAt DESC, id\",",
            "      lazy = Lazy.SELECTIN)",
            "  final RelatedList<Post> posts = Account_.posts(this);",
            "",
            "  @Relationship(backPopulates = \"account\", cascade = {Cascade.ALL,"
                + " Cascade.DELETE_ORPHAN},",
            "      lazy = Lazy.JOINED)",
            "  final RelatedRef<Profile> profile = Account_.profile(this);",
            "",
            "  @Relationship(secondary = Membership.class, backref = \"members\",",
            "      backrefOptions = @Backref(lazy = Lazy.SELECTIN, orderBy = \"login\"))",
            "  final RelatedSet<Team> teams = Account_.teams(this);",
            "",
            "  @Relationship(secondary = Follow.class,",
            "      primaryJoin = \"Account.id = Follow.followerId\",",
            "      secondaryJoin = \"Account.id == Follow.followedId\",",
            "      lazy = Lazy.DYNAMIC, backref = \"followers\",",
            "      backrefOptions = @Backref(lazy = Lazy.DYNAMIC))",
            "  final RelatedQuery<Account> following = Account_.following(this);",
            "  final RelatedQuery<Account> followers = Account_.followers(this);",
            "",
            "  @Relationship(passiveDeletes = PassiveDeletes.ALL, lazy = Lazy.NOLOAD)",
            "  final RelatedList<AuditEntry> audit = Account_.audit(this);",
            "",
            "  public String getNickname() { return nickname; }",
            "  public void setNickname(String nickname) { this.nickname = nickname; }",
            "  public boolean isAdmin() { return admin; }",
            "  public void setAdmin(boolean admin) { this.admin = admin; }",
            "}"),
        // many-to-one with database actions, RAISE loading, and a key only foreignKeys names
        source("Post",
            "@Entity(table = \"posts\")",
            "class Post {",
            "  @Id @GeneratedValue Long id;",
            "  @ForeignKey(entity = Account.class, onDelete = Action.CASCADE,",
            "      onUpdate = Action.CASCADE, name = \"fk_post_account\")",
            "  @Column(nullable = false) Long accountId;",
            "  Long editorId;",
            "  LocalDateTime postedAt;",
            "  @Column(length = 4000) String body;",
            "",
            "  @Relationship(backPopulates = \"posts\", lazy = Lazy.RAISE)",
            "  final RelatedRef<Account> account = Post_.account(this);",
            "",
            "  @Relationship(foreignKeys = \"editorId\")",
            "  final RelatedRef<Account> editor = Post_.editor(this);",
            "}"),
        // the other side of a one-to-one, its holder reached through a getter
        source("Profile",
            "@Entity",
            "class Profile {",
            "  @Id @GeneratedValue Long id;",
            "  @ForeignKey(entity = Account.class, onDelete = Action.CASCADE)",
            "  @Column(nullable = false, unique = true) Long accountId;",
            "  String bio;",
            "",
            "  @Relationship(backPopulates = \"profile\")",
            "  private final RelatedRef<Account> account = Profile_.account(this);",
            "",
            "  public RelatedRef<Account> getAccount() { return account; }",
            "}"),
        // a UUID id that is assigned, not generated; the many-to-many's backref side
        source("Team",
            "@Entity(table = \"teams\")",
            "class Team {",
            "  @Id UUID id = UUID.randomUUID();",
            "  @Column(nullable = false) String name;",
            "  final RelatedList<Account> members = Team_.members(this);",
            "}"),
        source("Membership",
            "@AssociationTable(name = \"memberships\")",
            "class Membership {",
            "  @ForeignKey(entity = Account.class, onDelete = Action.CASCADE) Long accountId;",
            "  @ForeignKey(entity = Team.class, onDelete = Action.CASCADE) UUID teamId;",
            "}"),
        source("Follow",
            "@AssociationTable",
            "class Follow {",
            "  @ForeignKey(entity = Account.class, onDelete = Action.CASCADE) Long followerId;",
            "  @ForeignKey(entity = Account.class, onDelete = Action.CASCADE) Long followedId;",
            "}"),
        // a self-referential tree
        source("Category",
            "@Entity(table = \"categories\")",
            "class Category {",
            "  @Id @GeneratedValue Long id;",
            "  String name;",
            "  @ForeignKey(entity = Category.class, onDelete = Action.SET_NULL) Long parentId;",
            "",
            "  @Relationship(remoteSide = \"id\", backPopulates = \"children\")",
            "  final RelatedRef<Category> parent = Category_.parent(this);",
            "",
            "  @Relationship(backPopulates = \"parent\", orderBy = \"name\",",
            "      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})",
            "  final RelatedList<Category> children = Category_.children(this);",
            "}"),
        // two tables that reference each other: a post-update breaks the cycle
        source("Widget",
            "@Entity",
            "class Widget {",
            "  @Id @GeneratedValue Long id;",
            "  String name;",
            "  @ForeignKey(entity = Entry.class) Long favoriteEntryId;",
            "",
            "  @Relationship(foreignKeys = \"widgetId\", backPopulates = \"widget\",",
            "      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})",
            "  final RelatedList<Entry> entries = Widget_.entries(this);",
            "",
            "  @Relationship(foreignKeys = \"favoriteEntryId\", postUpdate = true)",
            "  final RelatedRef<Entry> favorite = Widget_.favorite(this);",
            "}"),
        source("Entry",
            "@Entity",
            "class Entry {",
            "  @Id @GeneratedValue Long id;",
            "  @ForeignKey(entity = Widget.class) Long widgetId;",
            "  String name;",
            "",
            "  @Relationship(backPopulates = \"entries\")",
            "  final RelatedRef<Widget> widget = Entry_.widget(this);",
            "}"),
        // a logical key: relationships use it, the DDL declares no constraint
        source("AuditEntry",
            "@Entity",
            "class AuditEntry {",
            "  @Id @GeneratedValue Long id;",
            "  @ForeignKey(entity = Account.class, constraint = false) Long accountId;",
            "  Instant at;",
            "  String what;",
            "}"),
        source("Everything",
            "@Schema(entities = {Account.class, Post.class, Profile.class, Team.class,",
            "    Category.class, Widget.class, Entry.class, AuditEntry.class})",
            "public interface Everything {}"));
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatesEveryClass() {
    for (String entity : ENTITIES) {
      for (String suffix : List.of("_", "Dao")) {
        assertThat(compilation).generatedSourceFile("sink." + entity + suffix);
      }
    }
    assertThat(compilation).generatedSourceFile("sink.Everything_Metadata");
    assertThat(compilation).generatedSourceFile("sink.Everything_Module");
  }

  @Test
  void metadataDeclaresOnlyRealConstraints() throws IOException {
    String metadata = compilation.generatedSourceFile("sink.Everything_Metadata").orElseThrow()
        .getCharContent(true).toString();
    assertThat(metadata).contains("CONSTRAINT \\\"fk_post_account\\\" FOREIGN KEY"
        + " (\\\"account_id\\\") REFERENCES \\\"accounts\\\" (\\\"id\\\") ON DELETE CASCADE"
        + " ON UPDATE CASCADE");
    assertThat(metadata).doesNotContain("fk_audit_entry_account_id");
    assertThat(metadata).doesNotContain("fk_posts_editor_id");
    assertThat(metadata).contains("CREATE TABLE \\\"memberships\\\"");
    assertThat(metadata).contains("CREATE TABLE \\\"follow\\\"");
  }

  @Test
  void metamodelsUseAccessorsForPrivateFields() throws IOException {
    String account = compilation.generatedSourceFile("sink.Account_").orElseThrow()
        .getCharContent(true).toString();
    assertThat(account).contains("entity.getNickname()");
    assertThat(account).contains("entity.setNickname(");
    assertThat(account).contains("entity.isAdmin()");
    assertThat(account).doesNotContain("scratch");
    assertThat(account).doesNotContain("instances");
    String profile = compilation.generatedSourceFile("sink.Profile_").orElseThrow()
        .getCharContent(true).toString();
    assertThat(profile).contains("owner.getAccount()");
  }
}
