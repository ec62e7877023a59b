"""YAML from untrusted files (notes, front matter) without alias expansion."""

from __future__ import annotations

import yaml

try:
    _Base: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Base = yaml.SafeLoader


class AliasRefused(yaml.MarkedYAMLError):
    """The text uses a YAML alias (``*name``)."""


def refuse_aliases(text: str) -> None:
    """AliasRefused (with its line) when *text* uses a YAML alias. Nine aliases of nine aliases
    of ... (a "billion laughs" file) expand to billions of values; briefgen never writes an
    alias, so none is needed. Text without both '&' and '*' cannot hold one and is not parsed."""
    if "&" not in text or "*" not in text:
        return
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, yaml.AliasEvent):
            raise AliasRefused(None, None, f"a YAML alias (*{event.anchor}) is not allowed here; write the value "
                               "out in full", event.start_mark)
