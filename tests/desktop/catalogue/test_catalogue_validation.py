"""catalogue.yaml validation: every error with its line, strict ids, and fuzzing."""

from __future__ import annotations

import json
import string
import subprocess
import sys
import tracemalloc
from pathlib import Path

import jsonschema
import pytest
import yaml
from catalogue_testing import DEMO_DIR, SMALL_CATALOGUE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.catalogue.fast_load import fast_catalogue
from desktop.catalogue.model import InstallMethod
from desktop.catalogue.validation import load_catalogue, validate_document, validate_yaml

SCHEMA_FILE = DEMO_DIR.parent / "schemas" / "catalogue.schema.json"
ROOT = Path(__file__).resolve().parents[3]


def _messages(text: str) -> list[str]:
    return [issue.format() for issue in validate_yaml(text, "cat.yaml").issues]


def test_the_issue_example_is_valid_and_builds_the_model() -> None:
    result = validate_yaml(SMALL_CATALOGUE)
    assert result.issues == ()
    catalogue = result.catalogue
    assert catalogue is not None
    firefox = catalogue.app("firefox")
    assert firefox is not None
    assert firefox.method_for("windows") == InstallMethod("winget", "Mozilla.Firefox")
    assert firefox.method_for("linux") == InstallMethod("flatpak", "org.mozilla.firefox")
    files = catalogue.app("company-files")
    assert files is not None
    assert files.method_for("macos") == InstallMethod("open_url", "https://files.example.com")
    assert (files.approval, files.required, files.publisher) == ("none", False, "")
    assert catalogue.unsanctioned[0].alternative == "company-files"


def test_the_demo_catalogue_is_valid_with_at_least_25_real_apps() -> None:
    result = validate_yaml((DEMO_DIR / "catalogue.yaml").read_bytes())
    assert result.issues == ()
    assert result.catalogue is not None
    assert len(result.catalogue.apps) >= 25
    names = {u.name for u in result.catalogue.unsanctioned}
    assert {"Dropbox", "WeTransfer"} <= names
    methods = {m.method for a in result.catalogue.apps for m in a.install.values()}
    assert {"winget", "brew", "brew_cask", "flatpak", "apt", "open_url"} <= methods


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        ("x; rm -rf ~",
         "cat.yaml:11: apps[0].install.windows.winget: 'x; rm -rf ~' is not a valid"),
        ("--override", "is not a valid winget package id"),
        ("$(reboot)", "is not a valid winget package id"),
        ("a b", "is not a valid winget package id"),
    ],
)
def test_injection_in_a_package_id_is_rejected_with_its_line(bad: str, expected: str) -> None:
    text = SMALL_CATALOGUE.replace("Mozilla.Firefox", json.dumps(bad))
    messages = _messages(text)
    assert len(messages) == 1
    assert expected in messages[0]


def test_every_error_is_reported_with_file_line_and_field() -> None:
    text = """\
organization: Example Corp
apps:
  - id: Bad Id
    name: ""
    category: Tools
    approval: boss
    install:
      windows: {brew: firefox}
      macos: {pkg: {url: "http://x.example/p.pkg", sha256: abc, silent_args: [/q]}}
      linux: {snap: "x;y"}
    colour: red
  - id: ok
    name: OK
    category: Tools
    install:
      windows: {msi: {url: "https://x.example/a.msi", sha256: "%s", silent_args: ["/qn", "& calc"]}}
  - id: ok
    name: Twice
    category: Tools
    install: {any: {open_url: "https://x.example"}}
unsanctioned:
  - name: Dropbox
    processes: ["Dropbox.exe", "rm -rf /;"]
    alternative: missing
    reason: Not ours.
""" % ("a" * 64)
    assert _messages(text) == [
        "cat.yaml:11: apps[0].colour: is not a known field (check the spelling)",
        "cat.yaml:3: apps[0].id: 'Bad Id' is not allowed here; expected lower-case letters, "
        "digits, '.', '_' or '-'",
        "cat.yaml:4: apps[0].name: must not be empty",
        "cat.yaml:6: apps[0].approval: must be one of none, manager, it",
        "cat.yaml:8: apps[0].install.windows.brew: is not a windows install method; "
        "use one of exe, msi, open_url, winget",
        "cat.yaml:9: apps[0].install.macos.pkg.silent_args: is not a known field "
        "(check the spelling)",
        "cat.yaml:9: apps[0].install.macos.pkg.url: must be an https:// URL",
        "cat.yaml:9: apps[0].install.macos.pkg.sha256: 'abc' is not allowed here; "
        "expected 64 lower-case hex digits",
        "cat.yaml:10: apps[0].install.linux.snap: 'x;y' is not a valid snap package id",
        "cat.yaml:16: apps[1].install.windows.msi.silent_args[1]: '& calc' is not allowed here; "
        "expected a display or restart option (/qn, /passive, /norestart) or PROPERTY=value",
        "cat.yaml:17: apps[2].id: duplicate app id 'ok'",
        "cat.yaml:23: unsanctioned[0].processes[1]: 'rm -rf /;' is not allowed here; "
        "expected a plain process name such as Dropbox.exe",
        "cat.yaml:24: unsanctioned[0].alternative: 'missing' is not an app id in this catalogue",
    ]


def test_downloads_keep_url_hash_and_switches() -> None:
    sha = "AB" * 32
    text = SMALL_CATALOGUE.replace(
        "{winget: Mozilla.Firefox}",
        '{exe: {url: "https://dl.example.com/setup.exe", sha256: "' + sha + '", '
        'silent_args: ["/S", "ALLUSERS=1"]}}',
    )
    catalogue = validate_yaml(text).catalogue
    assert catalogue is not None
    method = catalogue.app("firefox").method_for("windows")  # type: ignore[union-attr]
    assert method == InstallMethod("exe", "https://dl.example.com/setup.exe", sha.lower(),
                                   ("/S", "ALLUSERS=1"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("organization: [unclosed\n", "cat.yaml:2: (document): is not valid YAML"),
        ("a: 1\n\tb: 2\n", "cat.yaml:2: (document): is not valid YAML"),
        ("- just\n- a list\n",
         "cat.yaml:1: (document): must be a mapping (key: value), not a list"),
        ("", "cat.yaml:1: (document): must be a mapping (key: value), not nothing"),
        ("organization: X\norganization: Y\napps: []\n",
         "cat.yaml:2: organization: is given twice"),
        ("organization: X\napps: nope\n", "cat.yaml:2: apps: must be a list, not text"),
    ],
)
def test_malformed_yaml_is_one_clear_error(text: str, expected: str) -> None:
    messages = _messages(text)
    assert messages
    assert messages[0].startswith(expected), messages


def _bomb(levels: int) -> str:
    """A billion-laughs document whose expanded value lands where an error quotes it."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]"
              for i in range(1, levels)]
    return "\n".join(lines) + f"""
organization: X
apps:
  - id: bomb
    name: Bomb
    category: Tools
    install:
      windows: {{winget: *a{levels - 1}}}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_bomb(3), "cat.yaml:2: a1[0]: aliases are not allowed"),
        (SMALL_CATALOGUE.replace("tags: [web]", "tags: &t [web]")
         .replace("replaces: [Opera GX]", "replaces: *t"),
         "cat.yaml:9: apps[0].replaces: aliases are not allowed"),
        ("organization: &o X\napps: []\nunsanctioned:\n  - name: *o\n",
         "cat.yaml:4: unsanctioned[0].name: aliases are not allowed"),
    ],
)
def test_yaml_aliases_are_refused_with_their_line(text: str, expected: str) -> None:
    messages = _messages(text)
    assert len(messages) == 1
    assert messages[0].startswith(expected), messages
    assert "write the value out" in messages[0]


_MEASURE = """
import resource, runpy, sys, tracemalloc
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # never take the machine down
sys.argv = ["deskmate-admin", "catalogue", "validate", sys.argv[1]]
tracemalloc.start()
try:
    runpy.run_module("desktop.admin_cli", run_name="__main__")
except SystemExit:
    pass
finally:
    print("peak_bytes", tracemalloc.get_traced_memory()[1], file=sys.stderr)
"""


@pytest.mark.slow
def test_a_billion_laughs_is_refused_in_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(_bomb(9), "utf-8")  # 10**9 strings once expanded
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(bomb)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert f"{bomb}:2: a1[0]: aliases are not allowed" in done.stdout, done.stderr[-2000:]
    # Python's own allocations, imports included (ru_maxrss would count the forked parent).
    peak_mb = int(done.stderr.rsplit("peak_bytes", 1)[1]) / 2**20
    assert peak_mb < 60, f"validate peaked at {peak_mb:.0f} MB"


def test_an_error_quotes_only_the_start_of_a_huge_value() -> None:
    doc = yaml.safe_load(SMALL_CATALOGUE)
    doc["apps"][0]["install"]["windows"]["winget"] = [["x" * 1000] * 1000] * 100
    tracemalloc.start()
    try:
        issues = validate_document(doc).issues
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    (issue,) = issues
    assert issue.path == "apps[0].install.windows.winget"
    assert len(issue.message) < 150
    assert peak < 1_000_000  # the full repr would be 100 MB


def test_load_catalogue_raises_with_every_issue() -> None:
    with pytest.raises(ValueError, match=r"apps\[0\]") as caught:
        load_catalogue({"organization": "X", "apps": [{"id": "UPPER"}]})
    assert len(caught.value.issues) >= 3  # type: ignore[attr-defined]


def test_the_json_schema_agrees_on_the_demo_and_on_injection() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    demo = yaml.safe_load((DEMO_DIR / "catalogue.yaml").read_text(encoding="utf-8"))
    assert list(validator.iter_errors(demo)) == []
    bad = yaml.safe_load(SMALL_CATALOGUE.replace("Mozilla.Firefox", '"x; rm -rf ~"'))
    assert list(validator.iter_errors(bad))


# --- fuzzing: the validator only ever returns issues, it never raises ---------------------

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["firefox", "Mozilla.Firefox", "https://x.example"]),
)
_keys = st.one_of(
    st.sampled_from(["organization", "apps", "unsanctioned", "id", "name", "category",
                     "install", "windows", "macos", "linux", "any", "winget", "msi", "url",
                     "sha256", "silent_args", "tags", "replaces", "processes", "alternative",
                     "en", "de"]),  # language codes: localised name, description and tags
    st.text(max_size=8),
)
_documents = st.recursive(
    _scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(_keys, children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents)
def test_fuzz_structured_documents_never_crash(document: object) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    result = validate_yaml(text)
    assert (result.catalogue is None) == bool(result.issues)
    for issue in result.issues:
        assert issue.format().startswith("catalogue.yaml:")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "&*!|>%@`{}[]-:#'\"\u00e9\u2603", max_size=300))
def test_fuzz_raw_text_never_crashes(text: str) -> None:
    result = validate_yaml(text)
    assert (result.catalogue is None) == bool(result.issues)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["winget", "brew_cask", "flatpak"]))
def test_fuzz_package_ids_never_let_shell_characters_through(value: str, method: str) -> None:
    original = {"winget": "{winget: Mozilla.Firefox}", "brew_cask": "{brew_cask: firefox}",
                "flatpak": "{flatpak: org.mozilla.firefox}"}[method]
    text = SMALL_CATALOGUE.replace(original, f"{{{method}: {json.dumps(value)}}}")
    result = validate_yaml(text)
    if result.catalogue is not None:
        accepted = result.catalogue.app("firefox")
        assert accepted is not None
        for m in accepted.install.values():
            assert not set(m.value) & set(" ;&|$`'\"<>()\\\n\t*?!~{}[]")
            assert not m.value.startswith("-")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents, st.data())
def test_fuzz_fast_path_never_accepts_what_the_validator_rejects(
    document: object, data: st.DataObject
) -> None:
    base = yaml.safe_load(SMALL_CATALOGUE)
    # Splice the fuzzed value into a random place of a valid catalogue.
    app = base["apps"][data.draw(st.sampled_from([0, 1]))]
    key = data.draw(st.sampled_from([*app.keys(), "install", "approval", "required", "tags",
                                     "homepage", "data_classification", "version", "size"]))
    app[key] = document
    fast = fast_catalogue(base)
    if fast is not None:
        slow = validate_document(base)
        assert slow.issues == ()
        assert slow.catalogue == fast


def test_fast_and_full_paths_build_the_same_demo_catalogue() -> None:
    document = yaml.safe_load((DEMO_DIR / "catalogue.yaml").read_text(encoding="utf-8"))
    fast = fast_catalogue(document)
    assert fast is not None
    assert fast == validate_document(document).catalogue


def _with_version_and_size(version: object, size: object) -> str:
    return SMALL_CATALOGUE.replace(
        "    name: Firefox\n",
        f"    name: Firefox\n    version: {json.dumps(version)}\n    size: {json.dumps(size)}\n")


def test_version_and_size_are_read_by_both_paths_and_the_schema() -> None:
    text = _with_version_and_size("128.0.3 ESR", 89_128_960)
    result = validate_yaml(text)
    assert result.issues == ()
    assert result.catalogue is not None
    firefox = result.catalogue.app("firefox")
    assert firefox is not None
    assert (firefox.version, firefox.size) == ("128.0.3 ESR", 89_128_960)
    files = result.catalogue.app("company-files")
    assert files is not None
    assert (files.version, files.size) == ("", None)  # both are optional
    document = yaml.safe_load(text)
    assert fast_catalogue(document) == result.catalogue
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document)) == []


@pytest.mark.parametrize(
    ("version", "size", "field"),
    [("128.0", "85 MB", "size"), ("128.0", 0, "size"), ("128.0", True, "size"),
     ("128.0", 10**13, "size"), ("128.0", 1.5, "size"), ("-rf", 1, "version"),
     ("1.0\nInstalled", 1, "version"), ("v" * 41, 1, "version"), (128, 1, "version")],
)
def test_a_bad_version_or_size_is_refused_everywhere(
    version: object, size: object, field: str
) -> None:
    text = _with_version_and_size(version, size)
    assert any(f"apps[0].{field}:" in m for m in _messages(text))
    document = yaml.safe_load(text)
    assert fast_catalogue(document) is None
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document))


def test_an_unknown_key_is_quoted_short() -> None:
    key = "k" * 1_000_000
    yaml_key = _messages(f"organization: X\napps: []\n? {key}\n: 1\n")
    json_key = [i.format() for i in validate_document(
        {"organization": "X", "apps": [], key: 1}).issues]
    (message,) = json_key
    assert len(yaml_key[0]) < 200
    assert message.endswith(": is not a known field (check the spelling)")
    assert len(message) < 200
