"""Full-text search over documents and the sentences events were read from.

SQLite: the FTS5 table ``search_fts`` (Porter stemming, BM25); PostgreSQL: the ``tsv``
column (``english`` configuration, ``websearch_to_tsquery``, ``ts_rank``, ``ts_headline``).
Both index ``search_passages`` (each sentence and the title of every document), so that a hit
is a passage with exact offsets, not a whole article.

The query syntax is the web-search one on both: words (all must match), ``"a phrase"``,
``-word`` to exclude, ``OR`` between alternatives.
"""

from __future__ import annotations

import re
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat.errors import Errors, InputError
from bilat.query.views import EvidenceView, SearchHit
from bilat.store.schema import DocumentRow, EventMentionRow

MARK_START, MARK_END = "«", "»"
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def fts5_query(text: str) -> str:
    """Translate the web-search syntax into an FTS5 expression that cannot be a syntax error."""
    parts: list[str] = []
    pending_not: list[str] = []
    for m in _TOKEN.finditer(text):
        negate = bool(m.group(1))
        if m.group(3) is not None:
            word = m.group(3)
            if word == "OR":
                if parts and parts[-1] != "OR":
                    parts.append("OR")
                continue
            negate = word.startswith("-") and len(word) > 1
            word = word.lstrip("-")
            prefix = word.endswith("*")
            terms = re.findall(r"\w+", word)
            if not terms:
                continue
            quoted = '"' + " ".join(terms) + '"' + ("*" if prefix else "")
        else:
            terms = re.findall(r"\w+", m.group(2))
            if not terms:
                continue
            quoted = '"' + " ".join(terms) + '"'
        if negate:
            pending_not.append(quoted)
        else:
            parts.append(quoted)
    while parts and parts[-1] == "OR":
        parts.pop()
    if not parts:
        return ""
    expr = " ".join(parts)
    for neg in pending_not:
        expr = f"({expr}) NOT {neg}"
    return expr


#: Passages scored per query at most (SQLite): BM25 costs time in proportion to the matches,
#: and a term in more passages than this ranks poorly anyway (its idf tends to zero). A query
#: matching more is ranked among the most recently stored SCORED of them.
SCORED = 10_000


def _hits_sqlite(session: Session, text: str, limit: int, offset: int) -> list[tuple]:
    expr = fts5_query(text)
    if not expr:
        return []
    # FTS5 walks the matches newest first and stops after ``scored``; only those get a BM25
    # score, and only the page gets its passage row and snippet.
    page = session.execute(
        sa.text(
            "SELECT id, score FROM (SELECT rowid AS id, bm25(search_fts) AS score FROM search_fts "
            "WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT :scored) "
            "ORDER BY score, id LIMIT :limit OFFSET :offset"
        ),
        {"q": expr, "scored": max(SCORED, offset + limit), "limit": limit, "offset": offset},
    ).all()
    if not page:
        return []
    ids = [row_id for row_id, _ in page]
    rows = {
        r[0]: r
        for r in session.execute(
            sa.text(
                'SELECT p.id, p.doc_id, p.field, p.start, p."end", p.text, '
                f"snippet(search_fts, 0, '{MARK_START}', '{MARK_END}', '…', 24) "
                "FROM search_fts JOIN search_passages p ON p.id = search_fts.rowid "
                "WHERE search_fts MATCH :q AND search_fts.rowid IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"q": expr, "ids": ids},
        ).all()
    }
    return [(*rows[i][:6], -score, rows[i][6]) for i, score in page if i in rows]


def _hits_postgres(session: Session, text: str, limit: int, offset: int) -> list[tuple]:
    # Rank first, headline only the page: ts_headline re-parses the text and is the slow part.
    # No SCORED cap here: the GIN bitmap scan reads every match whatever the cap, and
    # ts_rank adds little to that.
    return list(
        session.execute(
            sa.text(
                "WITH q AS (SELECT websearch_to_tsquery('english', :q) AS q), "
                "page AS (SELECT p.id, ts_rank(p.tsv, q.q) AS score FROM search_passages p, q "
                "WHERE p.tsv @@ q.q ORDER BY score DESC, p.id LIMIT :limit OFFSET :offset) "
                'SELECT p.id, p.doc_id, p.field, p.start, p."end", p.text, page.score, '
                "ts_headline('english', p.text, q.q, "
                f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=20, HighlightAll=false') "
                "FROM page JOIN search_passages p ON p.id = page.id, q ORDER BY page.score DESC, p.id"
            ),
            {"q": text, "limit": limit, "offset": offset},
        ).all()
    )


def search(session: Session, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Passages of documents matching ``query``, best first, with snippet and evidence offsets."""
    if not query.strip():
        raise InputError(Errors.E802.format(name="query", value=query, detail="it is empty"))
    dialect = session.get_bind().dialect.name
    rows = (_hits_postgres if dialect == "postgresql" else _hits_sqlite)(session, query, limit, offset)
    if not rows:
        return []
    doc_ids = sorted({r[1] for r in rows})
    docs = {
        d.id: (d.title, d.published)
        for d in session.execute(
            sa.select(DocumentRow.id, DocumentRow.title, DocumentRow.published).where(
                DocumentRow.id.in_(doc_ids)
            )
        ).all()
    }
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for doc_id, start, end, event_id in session.execute(
        sa.select(
            EventMentionRow.doc_id,
            EventMentionRow.sentence_start,
            EventMentionRow.sentence_end,
            EventMentionRow.event_id,
        ).where(EventMentionRow.doc_id.in_(doc_ids), EventMentionRow.event_id.is_not(None))
    ).all():
        spans[doc_id].append((start, end, event_id))
    hits = []
    for _pid, doc_id, field, start, end, text, score, snippet in rows:
        title, published = docs.get(doc_id, (None, None))
        events = sorted({e for s, t, e in spans[doc_id] if s < end and start < t}) if field == "text" else []
        hits.append(
            SearchHit(
                kind="event" if events else "document",
                doc_id=doc_id,
                title=title,
                published=published,
                score=float(score),
                snippet=snippet,
                evidence=EvidenceView(
                    doc_id=doc_id,
                    start=start,
                    end=end,
                    text=text,
                    field=field,
                    title=title,
                    published=published,
                ),
                events=events,
            )
        )
    return hits
