"""List, fill and check the translations in resources/translations/*.ts, as JSON.

After `make update-translations` has added the source's new strings to every .ts file:

    .venv/bin/python .ci/translations.py unfinished resources/translations/deskmate_fr.ts > fr.json
    # translate: fill each entry's "translation" (a list of forms for "numerus": true)
    .venv/bin/python .ci/translations.py apply resources/translations/deskmate_fr.ts fr.json
    .venv/bin/python .ci/translations.py check resources/translations/*.ts
    .venv/bin/python .ci/translations.py sources     # the files `make update-translations` reads

`unfinished` prints every entry still marked unfinished (with `--all`, every entry):
    [{"context": "HomePage", "source": "Check now", "comment": "", "numerus": false,
      "translation": ""}, ...]
`apply` writes the translations of such a list into the .ts and marks them finished. An entry
is found by (context, source, comment); an entry that is not there, or whose translation does
not keep exactly its source's placeholders ({name}, %1, %n) and accelerator (&), is refused
and named, and nothing is written. `check` exits 1 if a file has unfinished or vanished
entries, or a translation that loses a placeholder or an accelerator.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = ("ui", "desktop")
MARKERS = re.compile(r"self\.tr\(|translate\(\s*\"|QT_TRANSLATE_NOOP")  # what lupdate reads
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?[0-9n]")
ACCELERATOR = re.compile(r"&(?=[^&\s])")
UNFINISHED_TYPES = {"unfinished"}
GONE_TYPES = {"vanished", "obsolete"}


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # one translation, or the numerus forms
    state: str  # "", "unfinished", "vanished" or "obsolete"

    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def as_json(self) -> dict[str, Any]:
        translation: str | list[str] = list(self.forms) if self.numerus else self.forms[0]
        return {"context": self.context, "source": self.source, "comment": self.comment,
                "numerus": self.numerus, "translation": translation}


def placeholders(text: str) -> Counter[str]:
    """The placeholders of ``text``, counted: {name}, %1, %L1, %n."""
    return Counter(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many keyboard accelerators (&File; && is a literal ampersand) ``text`` has."""
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def problems(source: str, translation: str) -> list[str]:
    """What ``translation`` loses or adds against ``source``; empty when it keeps both."""
    found = []
    want, got = placeholders(source), placeholders(translation)
    if "%n" in want and "%n" not in got:
        # a numerus form may spell the count out ("eine Minute"), the others keep %n
        want.pop("%n")
        got.pop("%n", None)
    if want != got:
        found.append(f"placeholders {sorted(want.elements())} != {sorted(got.elements())}")
    if accelerators(source) != accelerators(translation):
        found.append("accelerator & lost or added")
    return found


def _text(element: ET.Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "") if child is not None else ""


def _entry(context: str, message: ET.Element) -> Entry:
    translation = message.find("translation")
    assert translation is not None, "lupdate writes a <translation> in every message"
    numerus = message.get("numerus") == "yes"
    if numerus:
        forms = tuple(f.text or "" for f in translation.findall("numerusform"))
    else:
        forms = (translation.text or "",)
    return Entry(context, _text(message, "source"), _text(message, "comment"), numerus,
                 forms, translation.get("type", ""))


def read(path: Path) -> list[Entry]:
    """Every message of the .ts file at ``path``."""
    root = ET.parse(path).getroot()
    return [_entry(_text(context, "name"), message)
            for context in root.iter("context") for message in context.iter("message")]


def entry_problems(entry: Entry) -> list[str]:
    """Placeholder and accelerator problems of a finished entry."""
    if entry.state in UNFINISHED_TYPES | GONE_TYPES:
        return []
    return [f"{entry.context}: {entry.source!r}: {p}"
            for form in entry.forms for p in problems(entry.source, form)]


class Refused(Exception):
    """A translations file names entries that are not there or do not keep their placeholders."""


def _check_given(entry: Entry, given: Any) -> list[str]:
    forms = given if isinstance(given, list) else [given]
    if entry.numerus != isinstance(given, list) or not all(isinstance(f, str) for f in forms):
        return [f"{entry.context}: {entry.source!r}: give a list of forms exactly for numerus"]
    if not all(form.strip() for form in forms):
        return [f"{entry.context}: {entry.source!r}: empty translation"]
    return [f"{entry.context}: {entry.source!r}: {p}"
            for form in forms for p in problems(entry.source, form)]


def _wanted(entries: list[Entry], items: list[dict[str, Any]]) -> dict[tuple[str, str, str], Any]:
    known = {entry.key(): entry for entry in entries}
    wanted, refused = {}, []
    for item in items:
        key = (item["context"], item["source"], item.get("comment", ""))
        if key not in known:
            refused.append(f"{key[0]}: {key[1]!r}: no such entry (run make update-translations)")
            continue
        refused += _check_given(known[key], item["translation"])
        wanted[key] = item["translation"]
    if refused:
        raise Refused("\n".join(refused))
    return wanted


def _set(message: ET.Element, given: Any) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if isinstance(given, list):
        for form, text in zip(translation.findall("numerusform"), given, strict=True):
            form.text = text
    else:
        translation.text = given


def apply(path: Path, items: list[dict[str, Any]]) -> int:
    """Write ``items`` (entries as `unfinished` lists them) into ``path``; how many were set."""
    wanted = _wanted(read(path), items)
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = _text(context, "name")
        for message in context.iter("message"):
            key = (name, _text(message, "source"), _text(message, "comment"))
            if key in wanted:
                _set(message, wanted[key])
    path.write_text(serialise(tree.getroot()), encoding="utf-8")
    return len(wanted)


def _escape(text: str) -> str:
    """Escaped as lupdate writes it, so that applying leaves no formatting diff behind."""
    for raw, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("'", "&apos;"),
                         ('"', "&quot;")):
        text = text.replace(raw, escaped)
    return text


def _element(element: ET.Element, depth: int) -> list[str]:
    pad = "    " * max(depth - 1, 0)
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if not children:
        return [f"{pad}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>"]
    lines = [f"{pad}<{element.tag}{attrs}>"]
    for child in children:
        lines += _element(child, depth + 1)
    return [*lines, f"{pad}</{element.tag}>"]


def serialise(root: ET.Element) -> str:
    """The .ts text of ``root`` in lupdate's layout (contexts flush left, messages indented)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    return "\n".join([*lines, *_element(root, 0)]) + "\n"


def check(path: Path) -> list[str]:
    """What keeps ``path`` from being complete: unfinished, vanished, broken placeholders."""
    entries = read(path)
    found = [f"{path.name}: {n} {state} entries"
             for state, n in Counter(e.state for e in entries).items() if state]
    return found + [f"{path.name}: {p}" for e in entries for p in entry_problems(e)]


def sources(root: Path = ROOT) -> list[str]:
    """Every Python file (relative to ``root``) with a text for lupdate, in a stable order."""
    return sorted(str(path.relative_to(root)) for folder in SOURCE_FOLDERS
                  for path in (root / folder).rglob("*.py")
                  if MARKERS.search(path.read_text(encoding="utf-8")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    unfinished = commands.add_parser("unfinished", help="print the unfinished entries as JSON")
    unfinished.add_argument("ts", type=Path)
    unfinished.add_argument("--all", action="store_true", help="every entry, finished too")
    applying = commands.add_parser("apply", help="write a JSON list of translations into a .ts")
    applying.add_argument("ts", type=Path)
    applying.add_argument("json", type=Path)
    checking = commands.add_parser("check", help="exit 1 unless every entry is finished and sound")
    checking.add_argument("ts", type=Path, nargs="+")
    commands.add_parser("sources", help="list the Python files lupdate reads")
    args = parser.parse_args(argv)
    return int(COMMANDS[args.command](args))


def _unfinished(args: argparse.Namespace) -> int:
    entries = [e for e in read(args.ts) if args.all or e.state in UNFINISHED_TYPES]
    json.dump([e.as_json() for e in entries], sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def _apply(args: argparse.Namespace) -> int:
    try:
        count = apply(args.ts, json.loads(args.json.read_text(encoding="utf-8")))
    except Refused as refused:
        print(f"Nothing written; refused:\n{refused}", file=sys.stderr)
        return 1
    print(f"{args.ts}: {count} translations written")
    return 0


def _check(args: argparse.Namespace) -> int:
    found = [problem for path in args.ts for problem in check(path)]
    print("\n".join(found) or "All translations finished and sound")
    return 1 if found else 0


def _sources(_args: argparse.Namespace) -> int:
    print("\n".join(sources()))
    return 0


COMMANDS = {"unfinished": _unfinished, "apply": _apply, "check": _check, "sources": _sources}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
