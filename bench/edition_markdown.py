#!/usr/bin/env python3
"""The articles of a galley edition (canonical JSON) as one Markdown file, for the peers in
bench/edition_epub.sh: pandoc and calibre's ebook-convert make their EPUBs from the same articles galley
does. One level-1 heading per print page, one level-2 heading per article, its pictures as images."""
import json
import sys


def main(edition_json, out_md):
    with open(edition_json, encoding="utf-8") as f:
        d = json.load(f)
    e = d["edition"]
    lines = [
        "---",
        f"title: \"{e['title']} {e['date']}\"",
        f"lang: {e.get('language') or 'zh'}",
        f"date: {e['date']}",
        f"publisher: \"{e.get('publisher', '')}\"",
        "---",
        "",
    ]
    sections = {p["number"]: p for p in d["pages"]}
    page = None
    for a in d["articles"]:
        if a["page"] != page:
            page = a["page"]
            p = sections.get(page, {})
            lines += [f"# {p.get('label') or page} {p.get('section', '')}", ""]
        if a.get("kicker"):
            lines += [a["kicker"], ""]
        lines += [f"## {a['headline']}", ""]
        if a.get("subheadline"):
            lines += [a["subheadline"], ""]
        byline = " ".join(x for x in (a.get("source", ""), a.get("credit", "")) if x)
        if byline:
            lines += [f"*{byline}*", ""]
        for b in a["body"]:
            if b["type"] == "paragraph":
                lines += [b["text"], ""]
            elif b["type"] == "subheading":
                lines += [f"### {b['text']}", ""]
            elif b["type"] == "image":
                image = b["image"]
                caption = " ".join(x for x in (image["caption"]["text"], image["caption"]["credit"]) if x)
                if image["href"]:
                    lines += [f"![{caption}]({image['href']})", ""]
                elif caption:
                    lines += [caption, ""]
    with open(out_md, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
