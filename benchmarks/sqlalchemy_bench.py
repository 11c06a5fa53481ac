"""SQLAlchemy 1.4 as a benchmark contender: workloads W1-W5 of the Java benchmarks.

Each workload runs twice per database: through SQLAlchemy's ORM (a Session, relationships
with cascade="all, delete-orphan" and a secondary table, the defaults a user gets) and
written by hand with the plain DB-API driver (sqlite3, psycopg2), which is the ORM's own
baseline, as hand-written Jdbi is Sluice's. The model, the seeded rows and the checks are
those of the Java module (dev.sluice.bench). Prints a Markdown table: milliseconds per
operation, mean +- standard deviation, and the ORM's time over the driver's.

Usually started by dev.sluice.bench.SqlAlchemyBench, which starts the embedded PostgreSQL
server and passes --pg-port; alone it runs on SQLite (and on PostgreSQL given --pg-port).
"""

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time

import sqlalchemy
from sqlalchemy import (Column, ForeignKey, Integer, String, Table, create_engine, delete,
                        event, select)
from sqlalchemy.orm import Session, declarative_base, relationship, selectinload
from sqlalchemy.pool import QueuePool

PARENTS = 1000
CHILDREN = 10
TAGS = 100
ORPHANS_PER_PARENT = 5
BULK_SCORE_BELOW = 1000

WORKLOADS = {
    "W1_INSERT": ("W1 insert 1,000 parents x 10 children, one flush", 1000, 10, 0),
    "W2_DELETE": ("W2 delete 1,000 parents, cascade to 10 unloaded children each",
                  1000, 10, 0),
    "W3_ORPHANS": ("W3 remove 5 of 10 loaded children from 1,000 parents (orphans)",
                   1000, 10, 0),
    "W4_MANY_TO_MANY": ("W4 delete 1,000 parents linked to 10 of 100 tags each", 1000, 0, 10),
    "W5_BULK": ("W5 bulk delete 1,000 of 2,000 parents by condition, cascading"
                " (10 children, 10 tags each)", 2000, 10, 10),
}

Base = declarative_base()

parent_tag = Table(
    "parent_tag", Base.metadata,
    Column("parent_id", Integer, ForeignKey("parent.id"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tag.id"), primary_key=True, index=True))


class Parent(Base):
    """A parent that owns its children (deleted with it, orphans deleted), linked to tags."""
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    score = Column(Integer, nullable=False, index=True)
    children = relationship("Child", back_populates="parent",
                            cascade="all, delete-orphan")
    tags = relationship("Tag", secondary=parent_tag)


class Child(Base):
    """A child row; its foreign key has no ON DELETE, so the ORM must delete it."""
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    parent_id = Column(Integer, ForeignKey("parent.id"), nullable=False, index=True)
    parent = relationship("Parent", back_populates="children")


class Tag(Base):
    """A tag shared by many parents; deleting a parent deletes its links, never the tag."""
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)


class Db:
    """One database: a DB-API connection factory, an engine, and the SQL that differs."""

    def __init__(self, kind, connect, url, engine_args):
        self.kind = kind
        self.connect = connect
        self.engine = create_engine(url, poolclass=QueuePool, pool_size=2, **engine_args)
        self.param = "?" if kind == "sqlite" else "%s"
        self.next_id = 1_000_000

    def sql(self, text):
        return text.replace("?", self.param)

    def run(self, statements):
        conn = self.connect()
        try:
            cur = conn.cursor()
            for text, params in statements:
                if params is None:
                    cur.execute(text)
                elif self.kind == "postgresql":
                    # psycopg2's executemany is a round trip per row: too slow for seeding
                    from psycopg2.extras import execute_values
                    execute_values(cur, text[:text.index("VALUES") + 6] + " %s", params,
                                   page_size=1000)
                else:
                    cur.executemany(text, params)
            conn.commit()
        finally:
            conn.close()

    def counts(self):
        conn = self.connect()
        try:
            cur = conn.cursor()
            result = []
            for table in ("parent", "child", "parent_tag", "tag"):
                cur.execute("SELECT COUNT(*) FROM " + table)
                result.append(cur.fetchone()[0])
            cur.execute(self.sql("SELECT COUNT(*) FROM parent WHERE score < ?"),
                        (BULK_SCORE_BELOW,))
            result.append(cur.fetchone()[0])
            return result
        finally:
            conn.close()

    def empty(self):
        if self.kind == "postgresql":
            self.run([("TRUNCATE parent_tag, child, parent", None)])
        else:
            self.run([("DELETE FROM " + t, None) for t in ("parent_tag", "child", "parent")])

    def seed(self, parents, children, tags):
        """The Java Seeder's rows: explicit ids, scores 0.., links spread over the tags."""
        self.empty()
        first = self.next_id
        parent_rows = [(first + p, "parent%d" % p, p) for p in range(parents)]
        self.next_id += parents
        child_rows, link_rows = [], []
        for p in range(parents):
            for c in range(children):
                child_rows.append((self.next_id, "child%d" % c, first + p))
                self.next_id += 1
            for t in range(tags):
                link_rows.append((first + p, (p + t * (TAGS // max(tags, 1))) % TAGS + 1))
        statements = [("INSERT INTO parent (id, name, score) VALUES (?, ?, ?)", parent_rows)]
        if child_rows:
            statements.append(("INSERT INTO child (id, name, parent_id) VALUES (?, ?, ?)",
                               child_rows))
        if link_rows:
            statements.append(("INSERT INTO parent_tag (parent_id, tag_id) VALUES (?, ?)",
                               link_rows))
        self.run(statements)
        self.run([("ANALYZE", None)])


def sqlite_db(directory):
    import sqlite3
    path = os.path.join(directory, "bench.db")

    def connect():
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    db = Db("sqlite", connect, "sqlite:///" + path, {})

    @event.listens_for(db.engine, "connect")
    def foreign_keys(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    return db


def postgres_db(host, port, user, database):
    import psycopg2
    admin = psycopg2.connect(host=host, port=port, user=user, dbname=database)
    admin.autocommit = True
    schema = "sqla_%d" % os.getpid()
    admin.cursor().execute("DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s"
                           % (schema, schema))
    options = "-c search_path=" + schema

    def connect():
        return psycopg2.connect(host=host, port=port, user=user, dbname=database,
                                options=options)

    url = "postgresql+psycopg2://%s@%s:%d/%s" % (user, host, port, database)
    db = Db("postgresql", connect, url, {"connect_args": {"options": options}})
    db.drop = lambda: admin.cursor().execute("DROP SCHEMA %s CASCADE" % schema)
    return db


# ---------------------------------------------------------------- the ORM, as a user writes it

class OrmContender:
    """The workloads through SQLAlchemy's ORM Session with the library's defaults."""
    name = "SQLAlchemy ORM"

    def __init__(self, db):
        self.engine = db.engine
        self.graph = []

    def prepare_graph(self, parents, children):
        self.graph = []
        for p in range(parents):
            parent = Parent(name="parent%d" % p, score=p)
            for c in range(children):
                parent.children.append(Child(name="child%d" % c))
            self.graph.append(parent)

    def insert_graph(self):
        with Session(self.engine) as session:
            session.add_all(self.graph)
            session.commit()
        return len(self.graph)

    def delete_all_parents(self):
        with Session(self.engine) as session:
            parents = session.execute(select(Parent)).scalars().all()
            for parent in parents:
                session.delete(parent)
            session.commit()
            return len(parents)

    def remove_children(self, remove):
        with Session(self.engine) as session:
            parents = session.execute(
                select(Parent).options(selectinload(Parent.children))).scalars().all()
            removed = 0
            for parent in parents:
                for _ in range(min(remove, len(parent.children))):
                    parent.children.pop()
                    removed += 1
            session.commit()
            return removed

    def bulk_delete(self, score_below):
        # a bulk delete does not cascade in SQLAlchemy: each table is written out, as in
        # Hibernate's HQL version
        with Session(self.engine) as session:
            doomed = select(Parent.id).where(Parent.score < score_below)
            session.execute(delete(Child).where(Child.parent_id.in_(doomed)),
                            execution_options={"synchronize_session": False})
            session.execute(delete(parent_tag).where(parent_tag.c.parent_id.in_(doomed)))
            deleted = session.execute(delete(Parent).where(Parent.score < score_below),
                                      execution_options={"synchronize_session": False})
            session.commit()
            return deleted.rowcount


# ------------------------------------------------------ the plain driver, written by hand

class DbapiContender:
    """The workloads over the DB-API driver: executemany, ids from the database, key sets."""
    name = "DB-API (hand-written)"

    def __init__(self, db):
        self.db = db
        self.postgres = db.kind == "postgresql"
        self.graph = []

    def prepare_graph(self, parents, children):
        self.graph = [{"id": None, "name": "parent%d" % p, "score": p,
                       "children": [{"id": None, "name": "child%d" % c, "parent_id": None}
                                    for c in range(children)]}
                      for p in range(parents)]

    def _insert_returning_ids(self, cur, table, columns, rows):
        """PostgreSQL: one multi-row INSERT ... RETURNING; SQLite: consecutive rowids."""
        sql = "INSERT INTO %s (%s) VALUES " % (table, ", ".join(columns))
        if self.postgres:
            from psycopg2.extras import execute_values
            return [r[0] for r in execute_values(cur, sql + "%s RETURNING id", rows,
                                                 page_size=len(rows), fetch=True)]
        cur.executemany(sql + "(" + ", ".join("?" * len(columns)) + ")", rows)
        cur.execute("SELECT last_insert_rowid()")
        last = cur.fetchone()[0]
        return list(range(last - len(rows) + 1, last + 1))

    def insert_graph(self):
        conn = self.db.connect()
        try:
            cur = conn.cursor()
            ids = self._insert_returning_ids(cur, "parent", ("name", "score"),
                                             [(p["name"], p["score"]) for p in self.graph])
            written = []
            for parent, key in zip(self.graph, ids):
                parent["id"] = key
                for child in parent["children"]:
                    child["parent_id"] = key
                    written.append(child)
            child_ids = self._insert_returning_ids(
                cur, "child", ("name", "parent_id"),
                [(c["name"], c["parent_id"]) for c in written])
            for child, key in zip(written, child_ids):
                child["id"] = key
            conn.commit()
            return len(self.graph)
        finally:
            conn.close()

    def _keyed(self, cur, sql_up_to_column, keys):
        """column = ANY(%s) on PostgreSQL, one IN list on SQLite."""
        if self.postgres:
            cur.execute(sql_up_to_column + " = ANY(%s)", (list(keys),))
        else:
            cur.execute(sql_up_to_column + " IN (" + ",".join("?" * len(keys)) + ")",
                        list(keys))

    def _load_parents(self, cur):
        cur.execute("SELECT id, name, score FROM parent ORDER BY id")
        return [{"id": r[0], "name": r[1], "score": r[2], "children": []}
                for r in cur.fetchall()]

    def _delete_parents(self, cur, ids):
        if ids:
            self._keyed(cur, "DELETE FROM child WHERE parent_id", ids)
            self._keyed(cur, "DELETE FROM parent_tag WHERE parent_id", ids)
            self._keyed(cur, "DELETE FROM parent WHERE id", ids)

    def delete_all_parents(self):
        conn = self.db.connect()
        try:
            cur = conn.cursor()
            ids = [p["id"] for p in self._load_parents(cur)]
            self._delete_parents(cur, ids)
            conn.commit()
            return len(ids)
        finally:
            conn.close()

    def remove_children(self, remove):
        conn = self.db.connect()
        try:
            cur = conn.cursor()
            parents = self._load_parents(cur)
            by_id = {p["id"]: p for p in parents}
            if self.postgres:
                cur.execute("SELECT id, name, parent_id FROM child WHERE parent_id = ANY(%s)"
                            " ORDER BY id", (list(by_id),))
            else:
                cur.execute("SELECT id, name, parent_id FROM child WHERE parent_id IN ("
                            + ",".join("?" * len(by_id)) + ") ORDER BY id", list(by_id))
            for key, name, parent_id in cur.fetchall():
                by_id[parent_id]["children"].append({"id": key, "name": name,
                                                     "parent_id": parent_id})
            orphans = []
            for parent in parents:
                for _ in range(min(remove, len(parent["children"]))):
                    orphans.append(parent["children"].pop()["id"])
            if orphans:
                self._keyed(cur, "DELETE FROM child WHERE id", orphans)
            conn.commit()
            return len(orphans)
        finally:
            conn.close()

    def bulk_delete(self, score_below):
        conn = self.db.connect()
        try:
            cur = conn.cursor()
            cur.execute(self.db.sql("SELECT id FROM parent WHERE score < ?"), (score_below,))
            ids = [r[0] for r in cur.fetchall()]
            self._delete_parents(cur, ids)
            conn.commit()
            return len(ids)
        finally:
            conn.close()


# ------------------------------------------------------------------------- the harness

def set_up(workload, db, contender):
    _, parents, children, tags = WORKLOADS[workload]
    if workload == "W1_INSERT":
        db.empty()
        contender.prepare_graph(parents, children)
    else:
        db.seed(parents, children, tags)


def run(workload, contender):
    if workload == "W1_INSERT":
        return contender.insert_graph()
    if workload in ("W2_DELETE", "W4_MANY_TO_MANY"):
        return contender.delete_all_parents()
    if workload == "W3_ORPHANS":
        return contender.remove_children(ORPHANS_PER_PARENT)
    return contender.bulk_delete(BULK_SCORE_BELOW)


def check(workload, db):
    """The rows the operation must leave, as the Java Workload.check."""
    _, parents, children, tags = WORKLOADS[workload]
    expected = {
        "W1_INSERT": [parents, parents * children, 0],
        "W2_DELETE": [0, 0, 0],
        "W4_MANY_TO_MANY": [0, 0, 0],
        "W3_ORPHANS": [parents, parents * (children - ORPHANS_PER_PARENT), 0],
        "W5_BULK": [parents - BULK_SCORE_BELOW, (parents - BULK_SCORE_BELOW) * children,
                    (parents - BULK_SCORE_BELOW) * tags],
    }[workload] + [TAGS]
    actual = db.counts()
    if actual[:4] != expected or (workload == "W5_BULK" and actual[4] != 0):
        raise AssertionError("%s on %s left parents/children/links/tags %s, expected %s"
                             % (workload, db.kind, actual[:4], expected))


def measure(workload, db, contender, warmups, runs):
    times = []
    for i in range(warmups + runs):
        set_up(workload, db, contender)
        start = time.perf_counter()
        run(workload, contender)
        elapsed = (time.perf_counter() - start) * 1000
        check(workload, db)
        if i >= warmups:
            times.append(elapsed)
    return statistics.mean(times), statistics.stdev(times) if len(times) > 1 else 0.0


def fresh_schema(db):
    Base.metadata.drop_all(db.engine)
    Base.metadata.create_all(db.engine)
    db.run([("INSERT INTO tag (id, name) VALUES (?, ?)",
             [(t, "tag%d" % t) for t in range(1, TAGS + 1)])])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dbs", default=None,
                        help="sqlite,postgresql (default: sqlite, plus postgresql with"
                             " --pg-port)")
    parser.add_argument("--workloads", default=",".join(WORKLOADS))
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--pg-database", default="postgres")
    args = parser.parse_args()
    dbs = (args.dbs or ("sqlite,postgresql" if args.pg_port else "sqlite")).split(",")
    workloads = [w.strip().upper() for w in args.workloads.split(",")]
    for name in workloads:
        if name not in WORKLOADS:
            parser.error("unknown workload %s; choose from %s" % (name, ", ".join(WORKLOADS)))
    for kind in dbs:
        if kind not in ("sqlite", "postgresql"):
            parser.error("unknown database %s; choose sqlite or postgresql" % kind)
        if kind == "postgresql" and not args.pg_port:
            parser.error("postgresql needs --pg-port (the Java launcher passes it)")
    if args.runs < 2:
        parser.error("--runs must be at least 2 for a standard deviation")

    rows = []
    with tempfile.TemporaryDirectory(prefix="sqla-bench") as directory:
        for kind in dbs:
            db = (sqlite_db(directory) if kind == "sqlite" else
                  postgres_db(args.pg_host, args.pg_port, args.pg_user, args.pg_database))
            fresh_schema(db)
            for workload in workloads:
                base = measure(workload, db, DbapiContender(db), args.warmups, args.runs)
                orm = measure(workload, db, OrmContender(db), args.warmups, args.runs)
                rows.append((WORKLOADS[workload][0], kind, base, orm))
                print("%s %s: DB-API %.1f ms, ORM %.1f ms" % (workload, kind, base[0], orm[0]),
                      file=sys.stderr, flush=True)
            db.engine.dispose()
            if kind == "postgresql":
                db.drop()
    report(rows, dbs, args)


def report(rows, dbs, args):
    import sqlite3
    print("SQLAlchemy %s, Python %s, sqlite3 module on SQLite %s%s; %d warm-up and %d measured"
          " runs per cell, each on rows seeded just before it (not measured)."
          % (sqlalchemy.__version__, platform.python_version(), sqlite3.sqlite_version,
             postgres_versions() if "postgresql" in dbs else "", args.warmups, args.runs))
    print()
    print("| Workload | DB | DB-API (hand-written) | SQLAlchemy ORM | SQLAlchemy ÷ DB-API |")
    print("|---|---|---:|---:|---:|")
    for title, kind, base, orm in rows:
        print("| %s | %s | %.1f ± %.1f | %.1f ± %.1f | %.1f× |"
              % (title, kind, base[0], base[1], orm[0], orm[1], orm[0] / base[0]))


def postgres_versions():
    import psycopg2
    return ", psycopg2 %s" % psycopg2.__version__.split(" ")[0]


if __name__ == "__main__":
    main()
