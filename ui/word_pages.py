"""Long words in steps (issue 16 §3): when a screen's words need more height than the screen
has beside its buttons or keypad, they are shown a few sentences at a time with 「つぎへ」 and
「もどる」, and the answers (or the keypad) come with the last step — nothing to scroll, and
everything read before anything is answered.

:func:`plan_pages` decides the steps; whether a step fits is asked of the screen that will show
it (its real fonts, furigana and width), so the split follows the language and the text size.
:class:`WordSteps` does that for a screen, and turns its steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.flow.action import Action
from kiosk.i18n.controls import control_text
from ui.widgets import ScrollingText

# After 。！？ (Japanese, Chinese) or after . ! ? and a space (the others): where a sentence ends.
_SENTENCE_END = re.compile(r"(?<=[。！？])\s*|(?<=[.!?])\s+")


class PageTurn(Enum):
    """The two buttons of a step that is not the last one (handled by the screen, not the flow)."""

    BACK = "back"
    NEXT = "next"


@dataclass(frozen=True)
class Page:
    """One step of a screen: its words, whether it is the first (no 「もどる」) and the last one
    (answers or keypad shown)."""

    warning: str
    title: str
    body: str
    last: bool = True
    first: bool = True


def sentences(text: str) -> list[str]:
    """``text`` cut after each sentence (the cuts keep the sentences' own words and spacing)."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def plan_pages(warning: str, title: str, body: str, fits: Callable[[Page], bool], *,
               keypad: bool = False) -> list[Page]:
    """The steps to show ``warning``, ``title`` and ``body`` in: one when it all fits; otherwise
    the sentences of the warning, then of the body, filled greedily into steps that fit, each
    under the title. The last step holds the keypad with as much as fits beside it (at least
    the title), or the answers with the last sentences — or with the title alone when they do
    not fit together.

    :param fits: whether a page fits on the screen (shown with 「つぎへ」 when not ``last``).
    """
    whole = Page(warning, title, body)
    items = [(True, part) for part in sentences(warning)] + [(False, part) for part in sentences(body)]
    if not items or fits(whole):
        return [whole]
    pages = _fill(title, items, fits)
    if keypad:
        beside = (Page(warning, title, "", first=False), Page("", title, "", first=False))
        return [*pages, next((page for page in beside if fits(page)), beside[-1])]
    end = replace(pages[-1], last=True)
    if end.title and fits(end):
        return [*pages[:-1], end]
    return [*pages, Page("", title, "", first=False)]  # the question with its answers


def _fill(title: str, items: list[tuple[bool, str]], fits: Callable[[Page], bool]) -> list[Page]:
    """Steps (none the last) of ``items`` — (is it the warning's, sentence) — each as many as fit,
    under the title where a sentence fits beside it (a long sentence at the largest size gets the
    step to itself)."""
    def page(start: int, end: int, titled: bool = True) -> Page:
        chosen = items[start:end]
        return Page(" ".join(text for warning, text in chosen if warning), title if titled else "",
                    " ".join(text for warning, text in chosen if not warning), last=False, first=start == 0)

    pages: list[Page] = []
    start = 0
    while start < len(items):
        titled = fits(page(start, start + 1))
        end = start + 1  # at least one sentence a step, however tight
        while end < len(items) and fits(page(start, end + 1, titled)):
            end += 1
        pages.append(page(start, end, titled))
        start = end
    return pages


class WordSteps(QObject):
    """The steps of one screen's words: planned when the words change, turned by 「つぎへ」 and
    「もどる」.

    :param words: the screen's word box; its scroll bar is turned off (its width would change the
        wrapping the steps are measured with).
    :param apply: shows a page on the screen: its words, and its answers or :meth:`turns` (and
        its keypad on the last).
    """

    def __init__(self, words: ScrollingText, apply: Callable[[Page], None]) -> None:
        super().__init__(words)  # gone with the words' box, and its pending re-plans with it
        words.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._words, self._apply = words, apply
        self._words_now: tuple[str, str, str, bool] = ("", "", "", False)
        self._window: QWidget | None = None
        self._planned_in: tuple[QSize, QSize, int] | None = None
        self.pages: list[Page] = []
        self.index = 0

    def plan(self, warning: str, title: str, body: str, *, keypad: bool = False, same: bool = False) -> Page:
        """Plan and show the steps of these words: from the first, or with ``same`` words (at
        another text size, say) from the step shown as far as there still are steps. The steps
        are planned again when the window changes size."""
        window = self._words.window()
        if window is not self._window:
            window.installEventFilter(self)
            self._window = window
        self._words_now = (warning, title, body, keypad)
        page = self._plan(same)
        QTimer.singleShot(0, self, self._replan)  # again once what is still queued (a new text size) is laid out
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Resize and self.pages:
            QTimer.singleShot(0, self, self._replan)  # once the window's layout has the new size
        return False

    def _plan(self, same: bool) -> Page:
        warning, title, body, keypad = self._words_now
        self.pages = plan_pages(warning, title, body, self._fits, keypad=keypad)
        self.index = min(self.index, len(self.pages) - 1) if same else 0
        page = self.show()
        self._planned_in = self._room()
        return page

    def _replan(self) -> None:
        """Plan again if the room the words were planned in has changed since."""
        if self.pages and self._room() != self._planned_in:
            self._plan(same=True)

    def _room(self) -> tuple[QSize, QSize, int]:
        """The words' box and their height, laid out now."""
        self._settle()
        return self._words.viewport().size(), self._words.size(), self._words.sizeHint().height()

    @staticmethod
    def _settle() -> None:
        for _ in range(6):  # a new height goes up the nested layouts one level a pass
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def turn(self, action: Action) -> Page | None:
        """The step after or before, shown, for a page turn; None for any other action."""
        if not isinstance(action.intent, PageTurn):
            return None
        self.index = max(0, min(self.index + (1 if action.intent is PageTurn.NEXT else -1), len(self.pages) - 1))
        return self.show()

    def show(self) -> Page:
        """Show the current step again."""
        page = self.pages[self.index]
        self._apply(page)
        return page

    @staticmethod
    def turns(page: Page, text: Callable[[str], str]) -> tuple[Action, ...]:
        """The buttons of a step that is not the last: 「つぎへ」, after the first also 「もどる」,
        worded by ``text``."""
        forward = Action(PageTurn.NEXT, text(control_text("page.next")))
        if page.first:
            return (forward,)
        return Action(PageTurn.BACK, text(control_text("page.back")), primary=False), forward

    def _fits(self, page: Page) -> bool:
        self._apply(page)
        self._settle()
        return self._words.sizeHint().height() <= self._words.viewport().height()


def spoken(page: Page) -> str:
    """What is said when a step is turned to: its words."""
    return " ".join(part for part in (page.warning, page.title, page.body) if part)
