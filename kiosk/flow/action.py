"""A button as the domain sees it, shared by the reception and the counter views."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class Action:
    """A button: the intent it sends (an event of the reception or the counter flow) and the
    payload with it; ``enabled`` False draws it as unavailable (a locked PIN), saying why it is there."""

    intent: Enum
    label: str
    payload: dict[str, Any] = field(default_factory=dict)
    primary: bool = True
    enabled: bool = True
