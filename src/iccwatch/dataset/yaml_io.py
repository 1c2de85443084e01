"""Strict YAML reading and stable YAML writing for the record.

Reading: dates stay text (validated as ISO 8601 by the model, never silently turned into objects)
and only ``true``/``false`` are booleans, so ``NO`` (Norway's alpha-2) or ``on`` stay strings.
Writing: keys in model order, block style, Unicode kept, so a reviewer reads a clean diff.
"""

from __future__ import annotations

import marshal
import os
import re
import stat
from collections import OrderedDict
from pathlib import Path
from typing import Any, cast

import yaml

# libyaml's parser when PyYAML was built with it (about ten times faster); the pure-Python one otherwise.
# Resolvers and constructors stay Python-level either way, so the two read every file alike.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_events(text: str) -> Any:
    """The text's YAML events, read by the parser ``load_yaml`` uses (libyaml's where installed): a second parser may
    refuse what the first accepts (session 42: a plain ``adoptees?`` in a flow list, which libyaml reads and the pure
    Python parser does not), and then the events of a file that loads would not be found."""
    return yaml.parse(text, Loader=_BaseLoader)


class StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader without the timestamp resolver and with YAML 1.2 booleans; a lone ``=`` is text (YAML 1.1's
    'value' key, which SafeLoader cannot construct)."""


StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool",
                                                                                 "tag:yaml.org,2002:value")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)
# Numbers only in plain decimal: YAML 1.1 also reads 067 as octal 55, 0x43 as 67, 1_000 as 1000 and 1:07 as
# 67 (base 60), each a silent change of what the editor wrote; those forms stay text, which the model refuses.
_DECIMAL_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_DECIMAL_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$")
#: The longest integer the record reads (a count or a paragraph number has a few digits; Python refuses
#: to convert more than 4,300 and the conversion of long ones is slow).
MAX_INT_DIGITS = 30
for _first, _resolvers in list(StrictLoader.yaml_implicit_resolvers.items()):
    StrictLoader.yaml_implicit_resolvers[_first] = [(tag, regexp) for tag, regexp in _resolvers
                                                   if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
StrictLoader.add_implicit_resolver("tag:yaml.org,2002:int", _DECIMAL_INT, list("-+0123456789"))
StrictLoader.add_implicit_resolver("tag:yaml.org,2002:float", _DECIMAL_FLOAT, list("-+0123456789."))


def _construct_int(loader: StrictLoader, node: yaml.ScalarNode) -> int:
    value = loader.construct_scalar(node)
    if node.style in ("'", '"'):  # an explicit !!int on quoted text would convert it: "67" is not a count (round eleven)
        raise yaml.constructor.ConstructorError(None, None, f"{str(value)[:40]!r} is quoted text tagged !!int: write the number "
                                                "without quotes or tag", node.start_mark)
    if not isinstance(value, str) or not _DECIMAL_INT.match(value):  # an explicit !!int on other text
        raise yaml.constructor.ConstructorError(None, None, f"{str(value)[:40]!r} is not a whole number in decimal digits", node.start_mark)
    if len(value.lstrip("+-")) > MAX_INT_DIGITS:
        raise yaml.constructor.ConstructorError(None, None, f"a number of {len(value.lstrip('+-')):,} digits, over the limit of {MAX_INT_DIGITS}",
                                                node.start_mark)
    return int(value)


StrictLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _construct_bool(loader: StrictLoader, node: yaml.ScalarNode) -> bool:
    # An explicit !!bool would otherwise read YAML 1.1's yes/no/on/off (quoted or not) as a boolean.
    value: str = loader.construct_scalar(node)  # a scalar node's value is its text
    if value not in ("true", "false"):
        raise yaml.constructor.ConstructorError(None, None, f"{str(value)[:40]!r} is not a boolean: write true or false", node.start_mark)
    return value == "true"


StrictLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def _no_duplicate_keys(loader: StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):  # a list or mapping as a key cannot be hashed, nor is it a field name
            raise yaml.constructor.ConstructorError(None, None, "a list or mapping cannot be a key", key_node.start_mark)
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise yaml.constructor.ConstructorError(None, None, "merge keys (<<:) are not allowed in the record: write each field out",
                                                    key_node.start_mark)
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicate_keys)


def _construct_once(self: StrictLoader, node: yaml.Node, deep: bool = False) -> Any:
    # A node met a second time is an alias: refused, so a small file cannot expand into a huge structure
    # (a "billion laughs" bomb) and every value in the record is written where it applies.
    if node in self.constructed_objects or node in self.recursive_objects:
        raise yaml.constructor.ConstructorError(None, None, "aliases (*name) are not allowed in the record: write the value out",
                                                node.start_mark)
    return yaml.constructor.BaseConstructor.construct_object(self, node, deep=deep)


StrictLoader.construct_object = _construct_once

#: Limits checked before a file is parsed: its size, and how deeply its collections nest.
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
MAX_INDENT = 128
#: A compact sequence or mapping inside another on one line (``- - x``, ``? - x``); with a flow collection (``[``, ``{``,
#: tested with ``in``, not in this pattern: the pattern's anchor at each character made it the dearer test) the texts
#: that could nest deeply.
_MAYBE_COMPACT = re.compile(r"^[ \t]*[-?][ \t]+[-?][ \t]", re.MULTILINE)


class UnsafeYAML(yaml.YAMLError):
    """A file refused before or while parsing: not a regular file, too large, too deep, or with aliases."""


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH without building anything (libyaml's composer recurses and
    would crash the interpreter on a file nested 100,000 deep). Only the event stream is read, and only
    when a cheap test says the text could nest deeply (flow collections, compact sequences, deep indents)."""
    if not ("[" in text or "{" in text or _MAYBE_COMPACT.search(text)) and max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0) <= MAX_INDENT:
        return
    depth = 0
    for event in yaml_events(text):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                where = f" (line {event.start_mark.line + 1})" if event.start_mark else ""  # the parser marks every event
                raise UnsafeYAML(f"nested more than {MAX_DEPTH} levels deep{where}")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


#: Texts already parsed in this process, with what they gave (marshalled): a process that reads the same
#: files again (the checker run after a review, a test suite checking many copies of one record) parses
#: each text once. A hit is a fresh object, never one handed out before, so a caller may change what it
#: gets. Only texts that parsed are kept (a refused text is parsed again and refused again), and the
#: least recently used are dropped beyond PARSED_MAX_CHARS characters of text.
_parsed: OrderedDict[str, bytes] = OrderedDict()
_parsed_chars = 0
PARSED_MAX_CHARS = 20_000_000


#: A ``%YAML 1.x`` directive before the first document (only comments and blank lines may come before it).
_DIRECTIVE = re.compile(r"\A\ufeff?((?:[ \t]*(?:#[^\n]*)?\r?\n)*)%YAML[ \t]+(1\.\d+)")


def _check_directive(text: str) -> None:
    """Round 37: refuse a ``%YAML 1.x`` directive. It tells a reader the file follows that version's rules (1.1: ``yes``
    a boolean, ``1:30`` a number in base 60), which this reader does not apply, and the parser accepted it silently (a
    version 2 is refused by the parser itself; a ``%TAG`` only renames tags, each still read, or refused, as written)."""
    if (m := _DIRECTIVE.match(text)) is not None:
        raise UnsafeYAML(f"a %YAML {m.group(2)} directive (line {m.group(1).count(chr(10)) + 1}): the record is read by its own "
                         "rules (docs/data-format.md), not by a YAML version's: remove the line")


#: (round 42) A YAML anchor (``&name``) where a value starts: after the line's start, a space, a ``-``, ``:``, ``,``, ``[`` or
#: ``{``, and before a character that is not a space (a cheap test; the events say whether the parser read an anchor).
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s&]", re.MULTILINE)


def _check_anchors(text: str) -> None:
    """Round 42: refuse an anchor (``&name``) the parser read, with no alias (an alias is refused while constructing):
    the record writes each value where it applies (``dump_yaml`` writes no anchor), so an anchor is a leftover of a
    copy or of an alias removed, which a reviewer reads as part of the value. Raised as a constructor error marked
    at the anchored value, so the loader names the field it is on."""
    if "&" not in text or not _MAYBE_ANCHOR.search(text):
        return
    for event in yaml_events(text):
        if isinstance(event, yaml.NodeEvent) and not isinstance(event, yaml.AliasEvent) and event.anchor is not None:
            raise yaml.constructor.ConstructorError(
                None, None, f"anchors (&{event.anchor}) are not allowed in the record: write the value without it",
                cast("yaml.error.Mark | None", event.start_mark))


def load_yaml(text: str) -> Any:
    """Parse YAML text strictly (see module docstring). Raises yaml.YAMLError on malformed input,
    UnsafeYAML on nesting deeper than MAX_DEPTH, on an alias or on a ``%YAML 1.x`` directive."""
    global _parsed_chars
    hit = _parsed.get(text)
    if hit is not None:
        _parsed.move_to_end(text)
        return marshal.loads(hit)
    _check_depth(text)
    _check_directive(text)
    raw = yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader derives from SafeLoader
    _check_anchors(text)
    try:
        dumped = marshal.dumps(raw)  # what YAML's safe tags build: text, numbers, lists, mappings, sets, bytes
    except ValueError:
        return raw
    if len(text) <= PARSED_MAX_CHARS:
        _parsed[text] = dumped
        _parsed_chars += len(text)
        while _parsed_chars > PARSED_MAX_CHARS:
            _parsed_chars -= len(_parsed.popitem(last=False)[0])
    return raw


def read_text_checked(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of a regular file no larger than ``max_bytes``, checked before reading: a directory, a
    FIFO or a device is refused at once (reading a FIFO would wait forever)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        what = "a directory" if stat.S_ISDIR(st.st_mode) else "a FIFO" if stat.S_ISFIFO(st.st_mode) else "not a regular file"
        raise UnsafeYAML(f"{what}, where a YAML file is expected")
    if st.st_size > max_bytes:
        raise UnsafeYAML(f"{st.st_size:,} bytes, over the limit of {max_bytes:,} for a record file")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnsafeYAML(f"over the limit of {max_bytes:,} bytes for a record file")
    return data.decode("utf-8")


def read_yaml(path: Path) -> Any:
    return load_yaml(read_text_checked(path))


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:  # repeated sources are written out, not as anchors
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # Quote anything a YAML 1.1 reader could misread (dates, yes/no, numbers) so older tools agree.
    if re.match(r"^\d{4}(-\d{2}){0,2}$", data) or data.lower() in {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_representer)
# A table the loader shares read-only (dataset.frozen: dict and list subclasses) is written as the dict or list it is,
# should a value of one reach a record being written.
_Dumper.add_multi_representer(dict, yaml.SafeDumper.represent_dict)
_Dumper.add_multi_representer(list, yaml.SafeDumper.represent_list)


def dump_yaml(data: Any) -> str:
    """Serialise record data as block-style YAML with keys in the given order."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def write_yaml(path: Path, data: Any) -> None:
    """Write YAML atomically: a temporary file beside the target, then a rename."""
    from iccwatch.atomic import replacing

    text = dump_yaml(data)  # before any file is made: data that cannot be written leaves nothing behind
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
