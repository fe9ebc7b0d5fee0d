"""Plain-text renderings of ledger records for ``--format text`` (the other formats print the dicts)."""

from __future__ import annotations

import textwrap
from typing import Any

QUOTE_WIDTH = 100


_QUOTE_MARKS = "\"“”‘’'"


def _q(text: str | None, width: int = QUOTE_WIDTH) -> str:
    """The content in quotation marks, shortened; marks the text already carries are not doubled."""
    inner = " ".join((text or "").split()).strip(_QUOTE_MARKS + " ,")
    return "“" + textwrap.shorten(inner, width, placeholder=" …") + "”"


def _where(r: dict[str, Any]) -> str:
    site = f" ({r['article_site']})" if r.get("article_site") else ""
    return f"{r.get('article_title') or '(untitled)'}{site}, {r.get('article_published') or 'undated'}"


def statement_text(r: dict[str, Any]) -> str:
    spans = r.get("content_spans") or []
    offsets = ",".join(f"{s}-{e}" for s, e in spans)
    channel = r.get("channel_type") or "channel?"
    if r.get("channel"):
        channel += f": {r['channel']}"
    topic = f" [{r['topic']}]" if r.get("topic") else ""
    return (f"s{r['id']}  {r.get('when') or r.get('article_published') or 'undated'}  {r.get('speaker') or '?'}"
            f" ({r['kind']}, {channel}){topic}: {_q(r.get('quote'))}\n"
            f"      in {_where(r)}  [{r['article_id']}:{offsets}]")


def person_summary_text(r: dict[str, Any]) -> str:
    aliases = ", ".join(a for a in r["aliases"] if a != r["name"])
    return (f"{r['name']}  ({r['statements']} statements, {r['commitments']} commitments,"
            f" {r['meetings']} meetings)" + (f"\n      also: {aliases}" if aliases else ""))


def promise_text(r: dict[str, Any]) -> str:
    n = len(r.get("sources") or [])
    lines = [f"#{r['id']}  [{r['status']}]  {r['holder']} ({r['kind']}{', ' + r['topic'] if r.get('topic') else ''}):"
             f" {_q(r['content'])}  ({n} source{'s' if n != 1 else ''}, first {r.get('first_reported') or 'undated'})"]
    for s in r.get("sources") or []:
        lines.append(f"      source: {s['article_id']}:{s['content_start']}-{s['content_end']}"
                     f" {s.get('article_title') or ''} ({s.get('published') or 'undated'})")
    for h in r.get("history") or []:
        lines.append(f"      {h['rated_at']} {h['rated_by']}: {h['from_status']} -> {h['to_status']}"
                     f" (evidence {h['evidence_kind']} {h['evidence']}; {h['note']})")
    return "\n".join(lines)


def suggestion_text(r: dict[str, Any]) -> str:
    who = f"{r['speaker']}: " if r.get("speaker") else ""
    sid = f"s{r['statement_id']} " if r.get("statement_id") else ""
    return (f"{r['score']:.2f}  {sid}{who}{_q(r['text'])}\n"
            f"      in {_where(r)}  [{r['article_id']}:{r['start']}-{r['end']}]"
            f"  topic={'y' if r['topic_match'] else 'n'} holder={'y' if r['holder_match'] else 'n'}"
            f" overlap={r['overlap']:.2f}")


def topic_text(r: dict[str, Any]) -> str:
    people = ", ".join(r["people"][:6]) + (" …" if len(r["people"]) > 6 else "")
    return (f"{r['topic']}: {r['statements']} statements, {r['commitments']} commitments in {r['articles']}"
            f" articles ({r['first'] or '?'} to {r['last'] or '?'})" + (f"; people: {people}" if people else ""))


def person_text(r: dict[str, Any]) -> str:
    others = [a for a in r["aliases"] if a != r["name"]]
    out = [r["name"] + (f"  (also: {', '.join(others)})" if others else "")]
    if r["topics"]:
        out.append("Topics: " + ", ".join(f"{t['topic']} ({t['count']})" for t in r["topics"]))
    out.append(f"\nSaid ({len(r['statements'])}), newest first:")
    out.extend("  " + statement_text(s).replace("\n", "\n  ") for s in r["statements"])
    out.append(f"\nCommitments ({len(r['commitments'])}):")
    out.extend(f"  #{c['id']} [{c['status']}] {c['kind']}{', ' + c['topic'] if c['topic'] else ''}: {_q(c['content'])}"
               f" ({c['sources']} sources, first {c['first_reported'] or 'undated'})" for c in r["commitments"])
    out.append(f"\nMeetings ({len(r['meetings'])}):")
    out.extend(f"  {m.get('when') or m.get('article_published') or 'undated'} ({m.get('status') or '?'}):"
               f" {', '.join(m['participants'])}{' at ' + m['place'] if m.get('place') else ''}"
               f"  [{m['article_id']}:{m['span'][0]}-{m['span'][1]}]" for m in r["meetings"])
    out.append(f"\nReversals ({len(r['reversals'])}):")
    for v in r["reversals"]:
        e, later = v["earlier"], v["later"]
        out.append(f"  on {v['topic']}: {e['when'] or 'undated'} {_q(e['quote'], 70)} [{e['article_id']}]\n"
                   f"      then {later['when'] or 'undated'} {_q(later['quote'], 70)} [{later['article_id']}]")
    return "\n".join(out)
