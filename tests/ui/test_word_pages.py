"""Long words in steps (``ui.word_pages``, issue 16 §3), against a screen model whose room is
known: every sentence shown once and in order, each step fitting, the answers or keypad last."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.word_pages import Page, plan_pages, sentences

TITLE_HEIGHT = 3


def _screen(room: int, answers: int, keypad: int):
    """A ``fits`` for a screen with ``room`` lines under the title on a step with 「つぎへ」, less
    ``answers`` lines with the answers, less ``keypad`` lines beside the keypad; a sentence of n
    letters takes n lines."""
    def height(page: Page) -> int:
        words = sentences(page.warning) + sentences(page.body)
        return (TITLE_HEIGHT if page.title else 0) + sum(len(word) - 1 for word in words)

    def fits(page: Page) -> bool:
        return height(page) <= room - (answers if page.last else 0)

    return fits, height


def test_sentences_are_cut_after_each_full_stop_in_every_script():
    assert sentences("カードを 置いて ください。お待ちください。") == ["カードを 置いて ください。", "お待ちください。"]
    assert sentences("Place the card. Wait, please! Ready?") == ["Place the card.", "Wait, please!", "Ready?"]
    assert sentences("卡片已读取。请稍候。") == ["卡片已读取。", "请稍候。"]
    assert sentences("Version 2.5 of the rules") == ["Version 2.5 of the rules"]  # no cut inside a number


def test_words_that_fit_stay_on_one_screen():
    fits, _ = _screen(room=40, answers=5, keypad=0)
    assert plan_pages("", "Title", "aaa. bbbb.", fits) == [Page("", "Title", "aaa. bbbb.")]


@given(warning=st.lists(st.integers(1, 6), max_size=3), body=st.lists(st.integers(1, 9), max_size=8),
       room=st.integers(6, 20), answers=st.integers(0, 5), keypad=st.booleans())
def test_every_sentence_once_in_order_each_step_fitting(warning, body, room, answers, keypad):
    def text(lengths: list[int], letter: str) -> str:
        return " ".join(f"{letter * length}{index}." for index, length in enumerate(lengths))

    fits, height = _screen(room, answers, 0)
    warned, said = text(warning, "w"), text(body, "b")
    pages = plan_pages(warned, "T", said, fits, keypad=keypad)
    if fits(Page(warned, "T", said)) or not warning + body:
        assert pages == [Page(warned, "T", said)]
        return
    assert pages[-1].title == "T"  # the answers (or the keypad) under their question
    assert pages[0].first and not any(page.first for page in pages[1:])
    assert pages[-1].last and not any(page.last for page in pages[:-1])
    reading = pages[:-1] if keypad else pages
    shown = [part for page in reading for part in sentences(page.warning) + sentences(page.body)]
    assert shown == sentences(warned) + sentences(said)
    for page in pages:
        single = len(sentences(page.warning) + sentences(page.body)) <= 1
        assert fits(page) or single, (page, height(page))
    if keypad:
        assert not pages[-1].body  # the keypad with its question


def test_a_screen_closed_before_its_steps_are_planned_again_raises_nothing(qtbot):
    """The re-plan waits for the event loop; a window deleted before then takes it along."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.widgets import PhraseLabel, ScrollingText
    from ui.word_pages import WordSteps

    window = QWidget()
    title, body = PhraseLabel("title"), PhraseLabel("body")
    words = ScrollingText(title, body)
    QVBoxLayout(window).addWidget(words)
    window.resize(400, 300)
    window.show()

    def apply(page: Page) -> None:
        title.setText(page.title)
        body.setText(page.body)

    steps = WordSteps(words, apply)
    assert steps.plan("", "Title", "One. Two.") == Page("", "Title", "One. Two.")
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(20)  # the re-plan would have run here, on a deleted box
