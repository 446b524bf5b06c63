"""Safe YAML parsing that remembers the line of every field, for ``file:line`` messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from desktop.catalogue.doc_checker import ValidationIssue

MAX_YAML_BYTES = 20 * 1024 * 1024
MAX_NODES = 500_000
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        try:
            node = loader.get_single_node()
            document = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return _failed(filename, line, f"is not valid YAML: {exc.problem or exc.context}")
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        return _failed(filename, 1, f"is not valid YAML: {_reason(exc)}")
    lines: dict[str, int] = {}
    duplicates: list[ValidationIssue] = []
    if node is not None:
        try:
            _LineMapper(lines, duplicates, filename).walk(node, "")
        except RecursionError:
            return _failed(filename, 1, "is nested too deeply")
    return YamlSource(filename, document, lines, tuple(duplicates))


class _LineMapper:
    """Records ``path -> line`` for every node and reports duplicate keys."""

    def __init__(self, lines: dict[str, int], duplicates: list[ValidationIssue], filename: str):
        self.lines = lines
        self.duplicates = duplicates
        self.filename = filename
        self.visited = 0

    def walk(self, node: yaml.Node, path: str) -> None:
        self.visited += 1
        if self.visited > MAX_NODES:
            return  # aliases can make the tree exponentially large; lines are a courtesy
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
