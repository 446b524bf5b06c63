"""Safe YAML parsing that remembers the line of every field, for ``file:line`` messages.

Anchors and aliases (``&name`` / ``*name``) are refused: a catalogue is plain data, and an
alias tree ("billion laughs") grows exponentially once anything walks or quotes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from desktop.catalogue.doc_checker import ValidationIssue

MAX_YAML_BYTES = 20 * 1024 * 1024
MAX_NODES = 500_000
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LOAD_ERRORS = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)


@dataclass(frozen=True)
class YamlSource:
    """A parsed YAML document, the line of each field path, and parse problems."""

    filename: str
    document: object = None
    lines: dict[str, int] = field(default_factory=dict)
    issues: tuple[ValidationIssue, ...] = ()

    def line_of(self, path: str) -> int | None:
        """The line of ``path``, or of its nearest parent that exists."""
        while True:
            line = self.lines.get(path)
            if line is not None or not path:
                return line
            path = _parent(path)


def parse_yaml(text: str | bytes, filename: str = "catalogue.yaml") -> YamlSource:
    """Parse with the safe loader; bad YAML becomes an issue, never an exception."""
    if len(text) > MAX_YAML_BYTES:
        return _failed(filename, 1, f"is larger than {MAX_YAML_BYTES // (1024 * 1024)} MB")
    try:
        loader = _Loader(text)
    except _LOAD_ERRORS as exc:
        return _not_yaml(filename, exc)
    try:
        return _parsed(loader, filename)
    finally:
        loader.dispose()


def _parsed(loader: Any, filename: str) -> YamlSource:
    """Compose the node tree, map its lines, refuse aliases, then build the document."""
    try:
        node = loader.get_single_node()
    except _LOAD_ERRORS as exc:
        return _not_yaml(filename, exc)
    if node is None:
        return YamlSource(filename)
    lines: dict[str, int] = {}
    mapper = _LineMapper(lines, [], filename)
    try:
        mapper.walk(node, "")
    except RecursionError:
        return _failed(filename, 1, "is nested too deeply")
    except _AliasFound as alias:
        return _alias_refused(filename, lines, alias.path)
    try:
        document = loader.construct_document(node)  # safe now: the tree holds no aliases
    except _LOAD_ERRORS as exc:
        return _not_yaml(filename, exc)
    return YamlSource(filename, document, lines, tuple(mapper.duplicates))


def _alias_refused(filename: str, lines: dict[str, int], path: str) -> YamlSource:
    line = YamlSource(filename, lines=lines).line_of(path)
    message = "aliases are not allowed (a value reused with *name); write the value out"
    return YamlSource(filename, issues=(ValidationIssue(path, message, line, filename),))


def _not_yaml(filename: str, exc: BaseException) -> YamlSource:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return _failed(filename, line, f"is not valid YAML: {exc.problem or exc.context}")
    return _failed(filename, 1, f"is not valid YAML: {_reason(exc)}")


class _AliasFound(Exception):
    """A node reached a second time: the document uses an alias at ``path``."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class _LineMapper:
    """Records ``path -> line`` for every node and reports duplicate keys."""

    def __init__(self, lines: dict[str, int], duplicates: list[ValidationIssue], filename: str):
        self.lines = lines
        self.duplicates = duplicates
        self.filename = filename
        self.seen: set[int] = set()

    def walk(self, node: yaml.Node, path: str) -> None:
        if id(node) in self.seen:  # the composer hands out the anchored node again
            raise _AliasFound(path)
        self.seen.add(id(node))
        if len(self.seen) <= MAX_NODES:  # lines are a courtesy; the alias check is not
            self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            self._walk_mapping(node, path)
        elif isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                self.walk(child, f"{path}[{index}]")

    def _walk_mapping(self, node: yaml.MappingNode, path: str) -> None:
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            child = f"{path}.{key}" if path else key
            if key in seen:
                line = key_node.start_mark.line + 1
                issue = ValidationIssue(child, "is given twice", line, self.filename)
                self.duplicates.append(issue)
            seen.add(key)
            self.lines.setdefault(child, key_node.start_mark.line + 1)
            self.walk(value_node, child)


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def _failed(filename: str, line: int, message: str) -> YamlSource:
    return YamlSource(filename, issues=(ValidationIssue("", message, line, filename),))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
