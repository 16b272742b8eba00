"""Source declarations: one YAML file per source.

A source says what a publisher is (kind, language, MSE system), how its files
are read (format, profile, column mapping) and what we expect of them
(``expect: {min_rows: 50}``). Sources are declared, not coded.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from headcount.vocab import MENTION_FIELDS, DocumentFormat, SourceKind

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_KNOWN_KEYS = {
    "name",
    "kind",
    "publisher",
    "language",
    "system",
    "format",
    "profile",
    "mapping",
    "ignore",
    "defaults",
    "url_template",
    "deduplicated",
    "expect",
    "paths",
    "description",
    "licence",
    "records",
}
_EXPECT_KEYS = {"min_rows", "max_rows", "min_documents", "max_errors"}
_DEFAULT_KEYS = {"url", "published_at", "captured_at", "language", "title"}


class SourceError(ValueError):
    """A source declaration is invalid. The message names the file and field."""


@dataclass(frozen=True)
class ColumnRule:
    """How one mention field is read from a list row."""

    field: str
    column: str | None = None
    value: str | None = None  # a constant, when no column
    formats: tuple[str, ...] = ()  # strptime formats for date fields
    values: dict[str, str] = dataclasses.field(default_factory=dict)  # value lookups
    pattern: str | None = None  # regex with one group: keep the group
    when: dict[str, str] = dataclasses.field(default_factory=dict)  # apply only if column == value


@dataclass(frozen=True)
class Expectations:
    min_rows: int | None = None
    max_rows: int | None = None
    min_documents: int | None = None
    max_errors: int | None = None


@dataclass(frozen=True)
class Source:
    """A parsed, validated source declaration."""

    name: str
    kind: SourceKind
    publisher: str = ""
    language: str = "ru"
    system: str = ""
    format: DocumentFormat | None = None
    profile: str | None = None
    mapping: tuple[ColumnRule, ...] = ()
    ignore: frozenset[str] = frozenset()
    defaults: dict[str, str] = dataclasses.field(default_factory=dict)
    url_template: str | None = None
    deduplicated: bool = False
    expect: Expectations = Expectations()
    paths: tuple[str, ...] = ()
    records: str | None = None  # JSON lists: key holding the array of records
    description: str = ""
    origin: str = "<memory>"

    @property
    def mse_system(self) -> str:
        return self.system or self.name

    def to_dict(self) -> dict[str, Any]:
        """The declaration as stored in the registry (JSON-serialisable)."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "publisher": self.publisher,
            "language": self.language,
            "system": self.mse_system,
            "format": self.format.value if self.format else None,
            "profile": self.profile,
            "deduplicated": self.deduplicated,
            "mapping": {
                r.field: {k: v for k, v in vars(r).items() if v and k != "field"}
                for r in self.mapping
            },
            "ignore": sorted(self.ignore),
            "expect": {k: v for k, v in vars(self.expect).items() if v is not None},
        }


def profile_names() -> list[str]:
    """Names of the built-in list profiles."""
    folder = resources.files("headcount.ingest") / "profiles"
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".yml"))


def load_profile(name: str) -> dict[str, Any]:
    """The raw YAML of a built-in profile (mapping, ignore, format, records)."""
    if name not in profile_names():
        raise SourceError(
            f"unknown profile {name!r}; built-in profiles: {', '.join(profile_names())}"
        )
    text = (resources.files("headcount.ingest") / "profiles" / f"{name}.yml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def _rule(origin: str, fname: str, spec: Any) -> ColumnRule:
    where = f"{origin}: mapping.{fname}"
    if fname not in MENTION_FIELDS:
        raise SourceError(
            f"{where}: unknown field {fname!r}; fields are: {', '.join(MENTION_FIELDS)}"
        )
    if isinstance(spec, str):
        return ColumnRule(field=fname, column=spec)
    if not isinstance(spec, dict):
        raise SourceError(f"{where}: expected a column name or a mapping, got {spec!r}")
    unknown = set(spec) - {"column", "value", "format", "values", "pattern", "when"}
    if unknown:
        raise SourceError(f"{where}: unknown keys {sorted(unknown)}")
    if ("column" in spec) == ("value" in spec):
        raise SourceError(f"{where}: give exactly one of 'column' or 'value'")
    fmt = spec.get("format", ())
    formats = (fmt,) if isinstance(fmt, str) else tuple(fmt)
    values = spec.get("values") or {}
    if not isinstance(values, dict):
        raise SourceError(f"{where}.values: expected a mapping of source value to code")
    pattern = spec.get("pattern")
    if pattern is not None:
        try:
            if re.compile(pattern).groups != 1:
                raise SourceError(f"{where}.pattern: needs exactly one group")
        except re.error as exc:
            raise SourceError(f"{where}.pattern: {exc}") from exc
    when = spec.get("when") or {}
    if not isinstance(when, dict):
        raise SourceError(f"{where}.when: expected a mapping of column: value")
    return ColumnRule(
        field=fname,
        when={str(k): str(v) for k, v in when.items()},
        column=None if spec.get("column") is None else str(spec["column"]),
        value=None if spec.get("value") is None else str(spec["value"]),
        formats=formats,
        values={str(k): str(v) for k, v in values.items()},
        pattern=pattern,
    )


def parse_source(data: Any, origin: str = "<memory>") -> Source:
    """Validate a source declaration (the parsed YAML) into a :class:`Source`.

    >>> s = parse_source({"name": "mz", "kind": "list", "profile": "mediazona"})
    >>> s.format.value, s.deduplicated
    ('json', True)
    """
    if not isinstance(data, dict):
        raise SourceError(f"{origin}: a source is a YAML mapping, got {type(data).__name__}")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise SourceError(f"{origin}: unknown keys {sorted(unknown)}; known: {sorted(_KNOWN_KEYS)}")
    for key in ("name", "kind"):
        if not data.get(key):
            raise SourceError(f"{origin}: missing required field {key!r}")
    name = str(data["name"])
    if not NAME_RE.match(name):
        raise SourceError(
            f"{origin}: name {name!r} must be lower-case letters, digits, '_', '-' or '.'"
        )
    try:
        kind = SourceKind(str(data["kind"]))
    except ValueError:
        kinds = ", ".join(k.value for k in SourceKind)
        raise SourceError(f"{origin}: kind {data['kind']!r} is not one of: {kinds}") from None

    merged: dict[str, Any] = {}
    profile = data.get("profile")
    if profile:
        try:
            merged = load_profile(str(profile))
        except SourceError as exc:
            raise SourceError(f"{origin}: profile: {exc}") from None
    mapping_spec = dict(merged.get("mapping") or {})
    own_mapping = data.get("mapping") or {}
    if not isinstance(own_mapping, dict):
        raise SourceError(f"{origin}: mapping must be a YAML mapping of field: column")
    mapping_spec.update(own_mapping)
    rules = tuple(_rule(origin, str(k), v) for k, v in mapping_spec.items())

    fmt_raw = data.get("format", merged.get("format"))
    fmt = None
    if fmt_raw:
        try:
            fmt = DocumentFormat(str(fmt_raw))
        except ValueError:
            formats = ", ".join(f.value for f in DocumentFormat)
            raise SourceError(f"{origin}: format {fmt_raw!r} is not one of: {formats}") from None

    expect_raw = data.get("expect") or {}
    if not isinstance(expect_raw, dict) or set(expect_raw) - _EXPECT_KEYS:
        raise SourceError(f"{origin}: expect takes only {sorted(_EXPECT_KEYS)}")
    for key, val in expect_raw.items():
        if not isinstance(val, int) or val < 0:
            raise SourceError(f"{origin}: expect.{key} must be a non-negative integer")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict) or set(defaults) - _DEFAULT_KEYS:
        raise SourceError(f"{origin}: defaults takes only {sorted(_DEFAULT_KEYS)}")
    paths = data.get("paths") or []
    if isinstance(paths, str):
        paths = [paths]
    ignore = set(merged.get("ignore") or []) | set(data.get("ignore") or [])
    return Source(
        name=name,
        kind=kind,
        publisher=str(data.get("publisher") or ""),
        language=str(data.get("language") or "ru"),
        system=str(data.get("system") or ""),
        format=fmt,
        profile=str(profile) if profile else None,
        mapping=rules,
        ignore=frozenset(str(c) for c in ignore),
        defaults={str(k): str(v) for k, v in defaults.items()},
        url_template=data.get("url_template"),
        deduplicated=bool(data.get("deduplicated", merged.get("deduplicated", False))),
        expect=Expectations(**expect_raw),
        paths=tuple(str(p) for p in paths),
        records=data.get("records", merged.get("records")),
        description=str(data.get("description") or ""),
        origin=origin,
    )


def load_source(path: Path) -> Source:
    """Read and validate one source YAML file."""
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SourceError(f"{path}: cannot read source declaration: {exc}") from None
    return parse_source(data, origin=str(path))
