"""Messages: Japanese text that remembers its id and values, so the UI can render it in the
resident's language (issue 6 §3: "no string concatenation of translated fragments").

A :class:`Message` *is* the Japanese string (a ``str`` subclass) — the flow, the logs and the
tests keep working with plain text — and carries what a translator needs: the message id, the
unformatted source and the values. :func:`joined` keeps whole sentences of a screen together
(the spoken prompt: title, then body) without gluing fragments into one sentence.

Catalogs are written as ``dict((QT_TRANSLATE_NOOP(id, source), ...))`` so that
``pyside6-lupdate`` extracts every entry into the ``.ts`` files with the id as the context.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(message_id: str, source: str) -> tuple[str, str]:  # noqa: N802 (the name lupdate looks for)
    """A catalog entry: marks ``source`` for ``pyside6-lupdate`` under the context ``message_id``."""
    return message_id, source


class Message(str):
    """The Japanese text of message ``id`` formatted with ``values``; ``parts`` when it is a
    sequence of whole messages (then ``id`` is "")."""

    id: str
    source: str
    values: Mapping[str, Any]
    parts: tuple[Message, ...]

    def __new__(cls, message_id: str, source: str, values: Mapping[str, Any] | None = None,
                parts: tuple[Message, ...] = (), text: str | None = None) -> Message:
        values = dict(values or {})
        if text is None:
            text = source.format(**values)
        self = super().__new__(cls, text)
        self.id, self.source, self.values, self.parts = message_id, source, values, parts
        return self

    def __reduce__(self):  # copy and pickle keep the id (the face worker runs in another process)
        return Message, (self.id, self.source, self.values, self.parts, str(self))

    def __repr__(self) -> str:
        return f"Message({self.id or 'joined'!r}, {str(self)!r})"


def joined(messages: Iterable[str], separator: str = " ") -> Message:
    """Whole messages one after another (e.g. a screen's title and body for the voice). Empty ones
    are left out; plain strings are kept as they are (never translated)."""
    parts = tuple(m if isinstance(m, Message) else Message("", str(m)) for m in messages if m)
    return Message("", "", parts=parts, text=separator.join(parts))


def lookup(catalog: Mapping[str, str], message_id: str, **values: Any) -> Message:
    """The message ``message_id`` of ``catalog`` with ``values``.

    :raises KeyError: an id that is not in the catalog (a programming error, caught by tests).
    """
    return Message(message_id, catalog[message_id], values)
