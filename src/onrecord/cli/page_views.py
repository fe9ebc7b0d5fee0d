"""How the page commands render their records: columns for csv/text and the text layouts."""

from __future__ import annotations

import textwrap
from typing import Any

from onrecord.models import Article

EXTRACT_FIELDS = ("title", "subtitle", "authors", "published", "site", "url", "language", "captions", "text")
EXTRACT_COLUMNS = ("input", "ok", *EXTRACT_FIELDS, "kind", "error")
INGEST_COLUMNS = ("input", "ok", "id", "status", "dup_group", "title", "url", "published", "statements",
                  "commitments", "events", "error")
ARTICLE_COLUMNS = ("id", "published", "site", "title", "url", "authors", "language", "dup_group",
                   "analyzer_version", "created_at")
SHOW_COLUMNS = ("id", "title", "subtitle", "authors", "published", "site", "url", "language", "dup_group",
                "group", "group_members", "urls", "analyzer_version", "text", "statements", "commitments", "events",
                "reversals")
PROVENANCE_KEYS = ("article_id", "article_title", "article_site", "article_url", "article_published")
WRAP = 100


def extract_record(article: Article) -> dict[str, Any]:
    """The ``extract`` JSON object for one article (the acceptance-checked contract)."""
    d = article.to_dict()
    rec: dict[str, Any] = {"input": article.input, "ok": True}
    rec.update({k: d[k] for k in EXTRACT_FIELDS})
    rec["kind"] = article.kind
    return rec


def extract_text(rec: dict[str, Any]) -> str:
    head = [f"== {rec['input']}"]
    if rec.get("title"):
        head.append(f"# {rec['title']}")
    if rec.get("subtitle"):
        head.append(rec["subtitle"])
    meta = [", ".join(rec.get("authors") or []), rec.get("published"), rec.get("site"), rec.get("url")]
    if any(meta):
        head.append(" | ".join(m for m in meta if m))
    return "\n".join(head) + "\n\n" + rec["text"] + "\n"


def ingest_text(rec: dict[str, Any]) -> str:
    counts = ""
    if rec.get("statements") is not None:
        counts = f"  [{rec['statements']} statements, {rec['commitments']} commitments, {rec['events']} events]"
    what = rec.get("title") or rec.get("url") or rec["input"]
    return f"{rec['id']}  {rec['status']:<14}  {what}{counts}"


def article_record(sa: Any) -> dict[str, Any]:
    a = sa.article
    return {"id": a.id, "published": a.published, "site": a.site, "title": a.title, "url": a.url,
            "authors": a.authors, "language": a.language, "dup_group": sa.dup_group,
            "analyzer_version": sa.analyzer_version, "created_at": sa.created_at}


def article_line(rec: dict[str, Any]) -> str:
    return f"{rec['id']}  {rec['published'] or '----------'}  {rec['site'] or '-'}  {rec['title'] or '(untitled)'}"


def _strip(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rec.items() if k not in PROVENANCE_KEYS}


def show_record(store: Any, sa: Any) -> dict[str, Any]:
    """Everything about one stored article, as one JSON-shaped record."""
    rec = sa.to_dict(text=True)
    rec["statements"] = [_strip(r.to_dict()) for r in store.statements(article_id=sa.id)]
    rec["commitments"] = [_strip(r.to_dict()) for r in store.commitments(article_id=sa.id)]
    rec["events"] = [_strip(r.to_dict()) for r in store.events(article_id=sa.id)]
    rec["group_members"] = []
    for other_id in sa.group:
        other = store.get_article(other_id)
        if other is not None:
            rec["group_members"].append({"id": other.id, "title": other.article.title, "site": other.article.site,
                                         "urls": [loc.location for loc in other.locations]})
    analysis = store.get_analysis(sa.id)
    rec["reversals"] = [r.to_dict() for r in analysis.reversals] if analysis else []
    return rec


def _span(span: Any) -> str:
    return f"{span[0]}-{span[1]}" if span else "-"


def show_text(rec: dict[str, Any]) -> str:
    lines = [f"{rec['id']}  {rec.get('title') or '(untitled)'}"]
    for label, key in (("subtitle", "subtitle"), ("published", "published"), ("site", "site"),
                       ("url", "url"), ("language", "language"), ("analyzer", "analyzer_version")):
        if rec.get(key):
            lines.append(f"  {label}: {rec[key]}")
    if rec.get("authors"):
        lines.append(f"  authors: {', '.join(rec['authors'])}")
    lines.append("  seen at:")
    lines += [f"    {u['location']}  ({u['input']})" if u["input"] != u["location"] else f"    {u['location']}"
              for u in rec.get("urls", [])]
    if rec.get("group_members"):
        lines.append(f"  near-duplicates (group {rec['dup_group']}):")
        for m in rec["group_members"]:
            lines.append(f"    {m['id']}  {m['site'] or '-'}  {', '.join(m['urls'])}")
    lines += ["", textwrap.indent(rec["text"], "  "), ""]
    if rec.get("analyzer_version") is None:
        lines.append("(not analysed)")
    lines.append(f"Statements ({len(rec['statements'])}):")
    for s in rec["statements"]:
        spans = ", ".join(_span(x) for x in s["content_spans"])
        extra = "; ".join(f"{k} {s[k]}" for k in ("channel_type", "when", "topic") if s.get(k))
        lines.append(f"  [{s['idx']}] {s['speaker'] or '(unattributed)'} ({s['kind']}) @{spans}"
                     + (f"  {extra}" if extra else ""))
        lines.append(textwrap.indent(textwrap.fill(s["quote"] or "(no content span)", WRAP - 6), "      "))
    lines.append(f"Commitments ({len(rec['commitments'])}):")
    for c in rec["commitments"]:
        lines.append(f"  [{c['idx']}] {c['holder']} {c['kind']} @{_span(c['content_span'])}: {c['quote']}")
    lines.append(f"Events ({len(rec['events'])}):")
    for e in rec["events"]:
        who = ", ".join(e["participants"])
        lines.append(f"  [{e['idx']}] {e['kind']} {e.get('status') or ''} {who} @{_span(e['span'])}: {e['quote']}")
    return "\n".join(lines)
