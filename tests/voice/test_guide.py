"""VoiceGuide on a fake engine and a recording output: non-blocking, cancellation, cache, settings, failures."""

from __future__ import annotations

import logging
import threading
import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from voice_fakes import RATE, FakeEngine, RecordingOutput, fake_audio

from kiosk.voice import Audio, NullOutput, SpeechError, VoiceGuide, join_sentences


@pytest.fixture
def make_guide():
    """Factory for guides that are closed after the test."""
    guides: list[VoiceGuide] = []

    def make(engines, output=None, **options) -> VoiceGuide:
        guide = VoiceGuide(engines, output if output is not None else RecordingOutput(), **options)
        guides.append(guide)
        return guide

    yield make
    for guide in guides:
        guide.close()


def samples(audio: Audio) -> list[int]:
    return audio.samples.tolist()


def test_say_returns_at_once_and_synthesises_on_the_worker(make_guide):
    text = "カードを置いてください。"
    gate = threading.Event()
    engine, output = FakeEngine(hold={text: gate}), RecordingOutput()
    guide = make_guide([engine], output)
    guide.say([text], "ja")  # returns although the synthesis it started cannot finish yet
    assert engine.started[text].wait(5) and not gate.is_set() and output.played == []
    gate.set()
    assert output.wait_played()
    assert samples(output.played[0][0]) == samples(fake_audio("カードを置いてください。"))
    assert threading.current_thread() not in engine.threads


def test_sentences_are_joined_with_a_pause(make_guide):
    output = RecordingOutput()
    guide = make_guide([FakeEngine()], output, pause=0.5)
    guide.say(["一つ目。", "", "  ", "二つ目。"], "ja")
    assert output.wait_played()
    audio = output.played[0][0]
    first, second = fake_audio("一つ目。"), fake_audio("二つ目。")
    gap = round(0.5 * RATE)
    assert len(audio.samples) == len(first.samples) + gap + len(second.samples)
    assert not audio.samples[len(first.samples):len(first.samples) + gap].any()
    assert samples(guide.synthesize_prompt(["一つ目。", "二つ目。"], "ja")) == samples(audio)


def test_a_newer_say_wins_over_a_pending_one(make_guide):
    engine, output = FakeEngine(delay=0.1), RecordingOutput()
    guide = make_guide([engine], output)
    guide.say(["古い"], "ja")
    guide.say(["新しい"], "ja")
    assert output.wait_played()
    time.sleep(0.3)  # time enough for a stale result to show up, were it not dropped
    assert [samples(audio) for audio, _ in output.played] == [samples(fake_audio("新しい"))]


def test_a_newer_say_drops_the_result_being_synthesised(make_guide):
    release = threading.Event()
    engine, output = FakeEngine(hold={"古い": release}), RecordingOutput()
    guide = make_guide([engine], output)
    guide.say(["古い", "続き"], "ja")
    assert engine.started["古い"].wait(5)
    stops = output.stops
    guide.say(["新しい"], "ja")
    assert output.stops == stops + 1  # the older prompt is silenced at once
    release.set()
    assert output.wait_played()
    time.sleep(0.2)
    assert [samples(audio) for audio, _ in output.played] == [samples(fake_audio("新しい"))]
    assert ("続き", "ja") not in engine.calls  # the rest of a cancelled prompt is not synthesised


def test_replay_plays_from_the_cache_on_the_callers_thread(make_guide):
    engine, output = FakeEngine(delay=0.05), RecordingOutput()
    guide = make_guide([engine], output)
    guide.say(["一つ目。", "二つ目。"], "ja")
    assert output.wait_played()
    calls = len(engine.calls)
    guide.replay()
    assert len(output.played) == 2  # already played when replay() returned
    assert len(engine.calls) == calls == 2
    assert samples(output.played[1][0]) == samples(output.played[0][0])


def test_stop_silences_and_replay_still_works(make_guide):
    output = RecordingOutput()
    guide = make_guide([FakeEngine(delay=0.1)], output)
    guide.say(["止める"], "ja")
    guide.stop()
    time.sleep(0.3)
    assert output.played == [] and output.stops >= 2
    guide.replay()
    assert output.wait_played()


def test_the_lru_cache_keeps_cache_size_sentences(make_guide):
    engine, output = FakeEngine(), RecordingOutput()
    guide = make_guide([engine], output, cache_size=2)
    for count, text in enumerate(["あ", "い", "う"], start=1):
        guide.say([text], "ja")
        assert output.wait_played(count)
    guide.say(["う"], "ja")
    guide.say(["い"], "ja")
    assert len(output.played) == 5 and len(engine.calls) == 3  # both still cached
    guide.say(["あ"], "ja")  # evicted
    assert output.wait_played(6)
    assert len(engine.calls) == 4


def test_the_cache_is_per_engine_and_language(make_guide):
    ja, en = FakeEngine(["ja"], name="ja-engine"), FakeEngine(["en"], name="en-engine")
    output = RecordingOutput()
    guide = make_guide([ja, en], output)
    guide.say(["OK"], "ja")
    assert output.wait_played(1)
    guide.say(["OK"], "en")
    assert output.wait_played(2)
    assert ja.calls == [("OK", "ja")] and en.calls == [("OK", "en")]
    assert guide.available_languages == {"ja", "en"}


def test_prewarm_makes_the_first_say_instant(make_guide):
    engine, output = FakeEngine(["ja", "en"]), RecordingOutput()
    guide = make_guide([engine], output)
    guide.prewarm([("ようこそ。", "ja"), ("Welcome.", "en"), ("", "ja"), ("Bonjour.", "fr")])
    deadline = time.monotonic() + 5
    while len(engine.calls) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)
    guide.synthesize_prompt(["ようこそ。"], "ja")  # a barrier: the worker has finished the prewarm under way
    guide.say(["Welcome."], "en")
    assert len(output.played) == 1
    assert sorted(engine.calls) == [("Welcome.", "en"), ("ようこそ。", "ja")]


def test_prewarm_yields_to_say(make_guide):
    engine, output = FakeEngine(delay=0.05), RecordingOutput()
    guide = make_guide([engine], output)
    guide.prewarm((f"文{i}", "ja") for i in range(8))
    guide.say(["今すぐ"], "ja")
    assert output.wait_played()
    assert engine.calls.index(("今すぐ", "ja")) <= 1  # at most the prewarm sentence already under way


def test_mute_keeps_the_output_silent(make_guide):
    engine, output = FakeEngine(), RecordingOutput()
    guide = make_guide([engine], output, muted=True)
    guide.say(["静かに"], "ja")
    time.sleep(0.1)
    assert output.played == [] and output.stops == 0 and engine.calls == []
    guide.set_muted(False)
    guide.replay()
    assert output.wait_played()
    guide.set_muted(True)
    assert guide.muted
    guide.replay()
    assert len(output.played) == 1


def test_muting_cancels_a_pending_prompt(make_guide):
    output = RecordingOutput()
    guide = make_guide([FakeEngine(delay=0.1)], output)
    guide.say(["途中"], "ja")
    guide.set_muted(True)
    time.sleep(0.3)
    assert output.played == []


def test_volume_is_passed_and_clamped(make_guide):
    output = RecordingOutput()
    guide = make_guide([FakeEngine()], output, volume=0.3)
    guide.say(["音量"], "ja")
    assert output.wait_played()
    guide.set_volume(1.7)
    guide.replay()
    guide.set_volume(-1)
    guide.replay()
    assert [volume for _, volume in output.played] == [0.3, 1.0, 0.0]
    with pytest.raises(ValueError):
        guide.set_volume(float("nan"))


def test_a_language_without_engine_is_a_no_op_logged_once(make_guide, caplog):
    engine, output = FakeEngine(["ja"]), RecordingOutput()
    guide = make_guide([engine], output)
    with caplog.at_level(logging.WARNING, logger="kiosk.voice"):
        guide.say(["Hola"], "es")
        guide.say(["Adiós"], "es")
        guide.prewarm([("Hola", "es")])
    assert guide.synthesize_prompt(["Hola"], "es") is None
    assert output.played == [] and engine.calls == []
    messages = [r.getMessage() for r in caplog.records]
    assert messages.count("voice: no engine speaks 'es'; prompts in it stay silent") == 1


def test_no_engines_is_a_silent_no_op(make_guide):
    output = RecordingOutput()
    threads = threading.active_count()
    guide = make_guide([], output)
    guide.say(["何も"], "ja")
    guide.prewarm([("何も", "ja")])
    guide.replay()
    assert guide.synthesize_prompt(["何も"], "ja") is None
    assert output.played == [] and guide.available_languages == frozenset()
    assert threading.active_count() == threads  # not even a worker thread


@pytest.mark.parametrize("error", [SpeechError("engine broke"), RuntimeError("engine bug")])
def test_a_failing_engine_is_logged_and_the_rest_is_said(make_guide, caplog, error):
    engine, output = FakeEngine(fail={"壊れた": error}), RecordingOutput()
    guide = make_guide([engine], output)
    with caplog.at_level(logging.WARNING, logger="kiosk.voice"):
        guide.say(["壊れた", "大丈夫"], "ja")
        assert output.wait_played()
    assert samples(output.played[0][0]) == samples(fake_audio("大丈夫"))
    assert any("fake failed for ja" in r.getMessage() for r in caplog.records)
    assert all("壊れた" not in r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    guide.say(["壊れた"], "ja")  # nothing left to say: silent, and the worker lives on
    guide.say(["次"], "ja")
    assert output.wait_played(2)


def test_a_failing_output_never_reaches_the_caller(make_guide, caplog):
    output = RecordingOutput(fail=True)
    guide = make_guide([FakeEngine()], output)
    with caplog.at_level(logging.WARNING, logger="kiosk.voice"):
        guide.say(["一"], "ja")
        assert output.wait_played()
        guide.replay()
        guide.stop()
    guide.say(["二"], "ja")
    assert output.wait_played(3)


def test_a_bare_string_is_one_sentence(make_guide):
    output = RecordingOutput()
    guide = make_guide([FakeEngine()], output)
    guide.say("一文です。", "ja")
    assert output.wait_played()
    assert samples(output.played[0][0]) == samples(fake_audio("一文です。"))


def test_close_ends_the_worker_and_later_calls_do_nothing(make_guide):
    output = RecordingOutput()
    guide = make_guide([FakeEngine(delay=0.05)], output)
    guide.say(["最後"], "ja")
    guide.close()
    assert not any(t.name == "voice-guide" and t.is_alive() for t in threading.enumerate())
    guide.say(["閉じた後"], "ja")
    assert guide.synthesize_prompt(["閉じた後"], "ja") is None
    guide.close()
    assert output.played == []


def test_concurrent_callers(make_guide):
    output = RecordingOutput()
    guide = make_guide([FakeEngine(["ja", "en"], delay=0.001)], output)
    errors = []

    def hammer(seed: int) -> None:
        try:
            for i in range(50):
                guide.say([f"文 {seed} {i % 5}"], "ja" if i % 2 else "en")
                if i % 7 == 0:
                    guide.replay()
                if i % 11 == 0:
                    guide.stop()
                guide.set_volume((i % 10) / 10)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    guide.say(["終わり"], "ja")
    expected = samples(fake_audio("終わり"))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not (output.played and samples(output.played[-1][0]) == expected):
        time.sleep(0.01)
    assert errors == []
    assert samples(output.played[-1][0]) == expected


def test_join_sentences():
    assert join_sentences([]) is None
    assert join_sentences([Audio.silence(0, RATE)]) is None
    with pytest.raises(SpeechError):
        join_sentences([fake_audio("a"), Audio(np.ones(5, dtype=np.int16), 8000)])


def test_audio_is_validated_and_read_only():
    audio = Audio(np.arange(8000, dtype=np.int16), 16000)
    assert audio.duration == 0.5
    with pytest.raises(ValueError):
        audio.samples[0] = 1
    with pytest.raises(ValueError):
        Audio(np.zeros(3, dtype=np.float32), 16000)
    with pytest.raises(ValueError):
        Audio(np.zeros((2, 3), dtype=np.int16), 16000)
    with pytest.raises(ValueError):
        Audio(np.zeros(3, dtype=np.int16), 0)


def test_null_output_accepts_everything():
    output = NullOutput()
    assert not output.available
    output.play(fake_audio("x"), 1.0)
    output.stop()


ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=40) | st.text(max_size=600) | st.sampled_from(
    ["", " ", "\x00", "😀🙏", "\x07\x1b[31m\r\n", "\u200b", "x" * 10_000])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(ANY_TEXT, max_size=4), language=st.sampled_from(["ja", "en", "", "xx", "😀"]))
def test_say_never_raises(make_guide, texts, language):
    output = RecordingOutput()
    guide = make_guide([FakeEngine(["ja", "en"], fail={"\x00": SpeechError("nul")})], output)
    guide.say(texts, language)  # (that it returns at once: test_say_returns_at_once_and_synthesises_on_the_worker)
    guide.replay()
    audio = guide.synthesize_prompt(texts, language)
    assert audio is None or isinstance(audio, Audio)
    guide.close()


def test_an_engine_returning_no_audio_is_a_failure(make_guide):
    class Broken(FakeEngine):
        def synthesize(self, text, language):
            return None if text == "無" else super().synthesize(text, language)

    output = RecordingOutput()
    guide = make_guide([Broken()], output)
    assert guide.synthesize_prompt(["無"], "ja") is None
    guide.say(["無", "有"], "ja")
    assert output.wait_played()
    assert samples(output.played[0][0]) == samples(fake_audio("有"))
