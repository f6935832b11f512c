#!/usr/bin/env python3
"""Fills unfinished Russian translations in lkk_ru.ts from translations/pending/*.tsv.

When several people add strings at once, nobody runs lupdate on the shared .ts file; each writes
the Russian for their new tr() strings into translations/pending/<area>.tsv instead:
    context<TAB>source<TAB>russian        (\\n and \\t escaped; plural forms joined by |||)
Then one person runs the update_translations target (lupdate adds the new sources as unfinished),
this script, and update_translations again (to restore lupdate's own formatting).

Usage: merge_pending.py [--ts translations/lkk_ru.ts] [--pending translations/pending] [--check]
Exit status 1 if any Russian translation is still unfinished afterwards, or (with --check) if a
pending line matched nothing.
"""
import argparse
import glob
import os
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in "nt\\":
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def load_pending(directory):
    entries = []  # (context, source, [forms], origin)
    for path in sorted(glob.glob(os.path.join(directory, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
                context, source, russian = (unescape(p) for p in parts)
                entries.append((context, source, russian.split("|||"), f"{path}:{number}"))
    return entries


def bare(context):
    return context.split("::")[-1]


def main():
    parser = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--ts", default=os.path.join(here, "lkk_ru.ts"))
    parser.add_argument("--pending", default=os.path.join(here, "pending"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    pending = load_pending(args.pending)
    exact = {(c, s): (forms, origin) for c, s, forms, origin in pending}
    by_bare = {(bare(c), s): (forms, origin) for c, s, forms, origin in pending}
    by_source = {}
    for c, s, forms, origin in pending:
        by_source.setdefault(s, []).append((forms, origin))

    tree = ET.parse(args.ts)
    used, filled, unfinished = set(), 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") != "unfinished":  # done, vanished or obsolete
                continue
            hit = exact.get((name, source)) or by_bare.get((bare(name), source))
            if not hit and len(by_source.get(source, [])) == 1:
                hit = by_source[source][0]
            if not hit:
                unfinished.append(f"{name}: {source!r}")
                continue
            forms, origin = hit
            used.add(origin)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = forms[0]
            del translation.attrib["type"]
            filled += 1

    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(args.ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")

    unused = [origin for _, _, _, origin in pending if origin not in used]
    print(f"filled {filled}; still unfinished {len(unfinished)}; pending lines not used {len(unused)}")
    for line in unfinished:
        print("  unfinished:", line)
    for origin in unused:
        print("  unused (already translated or no such source):", origin)
    return 1 if unfinished or (args.check and unused) else 0


if __name__ == "__main__":
    sys.exit(main())
