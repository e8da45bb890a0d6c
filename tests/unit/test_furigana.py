"""Furigana (issue 6 §2): readings of our own words, okurigana alignment, the base text kept
exactly, no ruby over kana or digits, and plain text when Open JTalk is missing."""

from __future__ import annotations

import ast
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.i18n import furigana as module
from kiosk.i18n.furigana import Segment, align, furigana, has_kanji, hiragana

ROOT = Path(__file__).resolve().parents[2]
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆〇]")
# Where the screens' Japanese is written (the resident's, the error messages, the counter's).
SOURCES = ("kiosk/flow/texts.py", "kiosk/messages.py", "kiosk/counter/texts.py", "kiosk/counter/view.py",
           "kiosk/counter/pin_entry.py", "kiosk/face/quality.py")


def japanese_strings(path: Path) -> set[str]:
    """The string literals of ``path`` with Japanese in them, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body
                  and isinstance(node.body[0], ast.Expr)}
    return {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and re.search("[ぁ-んァ-ン一-龥]", node.value) and "%" not in node.value}


OUR_TEXTS = sorted(set().union(*(japanese_strings(ROOT / p) for p in SOURCES if (ROOT / p).exists())))


def annotated(text: str) -> str:
    """``入力[にゅうりょく]してください``: each ruby in brackets after its base."""
    return "".join(f"{s.base}[{s.ruby}]" if s.ruby else s.base for s in furigana(text))


# Words of our screens, each read in one of our sentences (the ruby of the word's kanji runs).
READINGS = {
    "目視": "もくし", "処方箋": "しょほうせん", "暗証番号": "あんしょうばんごう", "係員": "かかりいん",
    "券面事項入力補助用": "けんめんじこうにゅうりょくほじょよう", "住民基本台帳用": "じゅうみんきほんだいちょうよう",
    "利用者証明用": "りようしゃしょうめいよう", "署名用": "しょめいよう", "交付通知書": "こうふつうちしょ",
    "申請書": "しんせいしょ", "特定健診": "とくていけんしん", "限度額": "げんどがく", "顔認証": "かおにんしょう",
    "受付": "うけつけ", "資格確認書": "しかくかくにんしょ", "窓口": "まどぐち", "市区町村": "しくちょうそん",
    "返納": "へんのう", "控え": "ひか", "受領書": "じゅりょうしょ", "顔写真": "かおじゃしん",
    "電子処方箋": "でんししょほうせん",
    "読み取り機": "よとき", "医療費": "いりょうひ", "薬剤師": "やくざいし", "生年月日": "せいねんがっぴ",
    "健康保険証": "けんこうほけんしょう", "再設定": "さいせってい", "有効期限": "ゆうこうきげん",
    "電子証明書": "でんししょうめいしょ", "本人確認書類": "ほんにんかくにんしょるい", "大文字": "おおもじ",
}


@pytest.mark.parametrize("word", sorted(READINGS))
def test_reading_of_our_words(word):
    assert "".join(s.ruby for s in furigana(word)) == READINGS[word]


@pytest.mark.parametrize(("text", "expected"), [
    ("入力してください", "入力[にゅうりょく]してください"),
    ("置いて", "置[お]いて"),
    ("見比べて", "見比[みくら]べて"),  # group ruby over a run of kanji (see the module docstring)
    ("お住まいの 市区町村の 窓口で", "お住[す]まいの 市区[しく]町村[ちょうそん]の 窓口[まどぐち]で"),
    ("係員を お呼びください。", "係員[かかりいん]を お呼[よ]びください。"),
    ("暗証番号（数字 4けた）を 入力してください",
     "暗証[あんしょう]番号[ばんごう]（数字[すうじ] 4けた）を 入力[にゅうりょく]してください"),
    ("特定健診（40歳以上の 健康診断）",
     "特定[とくてい]健診[けんしん]（40歳[さい]以上[いじょう]の 健康[けんこう]診断[しんだん]）"),
    ("申請書IDの 番号", "申請[しんせい]書[しょ]IDの 番号[ばんごう]"),
    ("お渡し済みです", "お渡[わた]し済[ず]みです"),
])
def test_okurigana_and_neighbours_stay_outside_the_ruby(text, expected):
    assert annotated(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("次の 方", "次[つぎ]の 方[かた]"),  # OVERRIDES: Open JTalk reads ほう
    ("15歳未満の 方は、", "15歳[さい]未満[みまん]の 方[かた]は、"),
    ("次の 方法", "次[つぎ]の 方法[ほうほう]"),  # an override never matches inside a longer word
    ("カードの 使い方", "カードの 使[つか]い方[かた]"),
])
def test_overrides(text, expected):
    assert annotated(text) == expected


@pytest.mark.parametrize(("word", "reading", "expected"), [
    ("取り扱い", "とりあつかい", (Segment("取", "と"), Segment("り"), Segment("扱", "あつか"), Segment("い"))),
    ("置い", "おい", (Segment("置", "お"), Segment("い"))),
    ("置い", "すわ", (Segment("置い", "すわ"),)),  # kana not in the reading: the whole word, not a wrong split
])
def test_align(word, reading, expected):
    assert align(word, reading) == expected


def test_our_texts_are_found():
    assert len(OUR_TEXTS) > 150


@pytest.mark.parametrize("text", OUR_TEXTS)
def test_every_kanji_of_our_texts_gets_a_ruby_and_nothing_else_does(text):
    segments = furigana(text)
    assert "".join(s.base for s in segments) == text
    for segment in segments:
        if segment.ruby:
            assert all(KANJI.match(c) for c in segment.base), segment
            assert re.fullmatch("[ぁ-ゖー]+", segment.ruby), segment
        else:
            assert not KANJI.search(segment.base), f"no ruby over {segment.base!r} in {text!r}"


@pytest.mark.parametrize("text", ["マイナンバーカードを おいてください", "あと 3 かい", "ID 1234", "ｶｰﾄﾞ ０１２",
                                  "、。（）", "", " "])
def test_kana_digits_latin_and_punctuation_get_no_ruby(text):
    assert all(not s.ruby for s in furigana(text))
    assert "".join(s.base for s in furigana(text)) == text


_JAPANESE = st.sampled_from(
    list("暗証番号入力係員処方箋窓口受付顔認証見比置住市区町村一二三十方法上下々〆〇")
    + list("あいうえおかきくけこがぎぐしてくださいをのにはっゃょー") + list("アイウエオカードマイナンバーヴヵヶｶﾀ")
    + list("0123456789０１２ABCxyzＩＤ") + list(" 　\t\n、。（）「」・〜!?％") + ["𠮷", "髙", "\u3099", "\u200d"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_JAPANESE, max_size=30).map("".join) | st.text(max_size=20))
def test_the_bases_give_back_the_text_exactly(text):
    segments = furigana(text)
    assert "".join(s.base for s in segments) == text
    assert all(s.ruby == "" or (has_kanji(s.base) and re.fullmatch("[ぁ-ゖー]+", s.ruby)) for s in segments)
    assert all(a.ruby or b.ruby for a, b in zip(segments, segments[1:], strict=False))  # plain runs merged


def test_hiragana():
    assert hiragana("カカリイン・ヴァー") == "かかりいん・ゔぁー"


def test_results_are_cached():
    assert furigana("係員を お呼びください。") is furigana("係員を お呼びください。")


@pytest.fixture
def without_openjtalk(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyopenjtalk", None)  # import pyopenjtalk → ImportError
    furigana.cache_clear()
    module._frontend.cache_clear()
    yield
    furigana.cache_clear()
    module._frontend.cache_clear()


def test_without_openjtalk_the_text_is_one_plain_segment_and_it_is_logged_once(without_openjtalk, caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk.i18n.furigana"):
        assert furigana("係員を お呼びください。") == (Segment("係員を お呼びください。"),)
        assert furigana("暗証番号") == (Segment("暗証番号"),)
    assert len([r for r in caplog.records if "pyopenjtalk" in r.getMessage()]) == 1


def test_importing_openjtalk_prints_nothing():
    code = "from kiosk.i18n.furigana import furigana; furigana('受付'); print('done')"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603
    assert out.stdout == "done\n"


def test_an_openjtalk_failure_gives_plain_text(monkeypatch, caplog):
    def broken(text):
        raise RuntimeError("mecab")

    monkeypatch.setattr(module, "_frontend", lambda: broken)
    furigana.cache_clear()
    try:
        assert furigana("受付が 終わりました") == (Segment("受付が 終わりました"),)
    finally:
        furigana.cache_clear()
    assert "Open JTalk failed" in caplog.text
