"""The 交付通知書 QR: the payload format, and reading it from printed cards and camera frames."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.qr import decode_qr, render_qr
from kiosk.camera import BadImageError
from kiosk.counter.applications import application_id_digits, make_application_id
from kiosk.counter.notice_qr import (
    NoticeQr,
    NoticeQrError,
    make_notice_qr_text,
    municipality_check_digit,
    parse_notice_qr,
    payload_check,
    valid_municipality_code,
)
from simulators.card_management import SimulatedCardManagement, in_camera_frame, notice_image

APPLICATION = make_application_id(1234567890123456789012)
payloads = st.integers(0, 10**22 - 1)
municipalities = st.integers(10000, 99999).map(lambda n: f"{n}{municipality_check_digit(str(n))}")


def with_check(body: str) -> str:
    return f"{body}:{payload_check(body)}"


@pytest.fixture(scope="module")
def registry() -> SimulatedCardManagement:
    return SimulatedCardManagement()


# -- the payload -------------------------------------------------------------------------------

def test_known_municipality_codes():
    assert valid_municipality_code("131016")  # 千代田区
    assert valid_municipality_code("011002")  # 札幌市
    assert not valid_municipality_code("131017")


@given(payloads, municipalities)
def test_round_trip(payload, municipality):
    application_id = make_application_id(payload)
    text = make_notice_qr_text(application_id, municipality)
    assert parse_notice_qr(text) == NoticeQr(application_id, municipality, 1)
    assert parse_notice_qr(f"  {text}\n").application_id == application_id  # scanner whitespace


@settings(max_examples=200)
@given(payloads, st.data())
def test_any_single_character_change_is_caught(payload, data):
    text = make_notice_qr_text(make_application_id(payload))
    index = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.sampled_from("0123456789ABCDEF:-XK").filter(lambda c: c != text[index]))
    with pytest.raises(NoticeQrError):
        parse_notice_qr(text[:index] + replacement + text[index + 1:])


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"),
    ("   ", "empty"),
    ("https://www.kojinbango-card.go.jp/", "not-notice"),
    ("www.example.jp/kofu", "not-notice"),
    ("WIFI:S:counter;T:WPA;P:secret;;", "not-notice"),
    ("myna-kofu:1:x", "not-notice"),  # the prefix is upper case
    ("MYNA-KOFU:2:whatever:131016:0000", "version"),
    ("MYNA-KOFU:1", "format"),
    ("MYNA-KOFU:1:123:131016", "format"),
    ("MYNA-KOFU:1:1:2:3:4:5", "format"),
])
def test_other_content_is_refused_with_a_reason(text, reason):
    with pytest.raises(NoticeQrError) as caught:
        parse_notice_qr(text)
    assert caught.value.reason == reason and caught.value.code == "COUNTER_QR_INVALID"


def test_field_errors_behind_a_valid_check():
    digits = application_id_digits(APPLICATION)
    cases = {
        with_check(f"MYNA-KOFU:1:{digits[:-1]}:131016"): "application-id",  # 22 digits
        with_check(f"MYNA-KOFU:1:{digits}0:131016"): "application-id",  # 24 digits
        with_check(f"MYNA-KOFU:1:{digits[:-1]}{(int(digits[-1]) + 1) % 10}:131016"): "application-id",  # Luhn
        with_check(f"MYNA-KOFU:1:{digits[:5]}A{digits[6:]}:131016"): "application-id",
        with_check(f"MYNA-KOFU:1:{digits}:131017"): "municipality",
        with_check(f"MYNA-KOFU:1:{digits}:13101"): "municipality",
        f"MYNA-KOFU:1:{digits}:131016:ZZZZ": "check",
        f"MYNA-KOFU:1:{digits}:131016:{payload_check('other')}": "check",
    }
    for text, reason in cases.items():
        with pytest.raises(NoticeQrError) as caught:
            parse_notice_qr(text)
        assert caught.value.reason == reason, text
        assert digits not in str(caught.value)  # never the 23-digit run


def test_the_payload_fits_the_qr_alphanumeric_set():
    text = make_notice_qr_text(APPLICATION)
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_bad_municipality_is_refused_when_printing():
    with pytest.raises(ValueError):
        make_notice_qr_text(APPLICATION, "131017")


# -- reading images ----------------------------------------------------------------------------

def test_rendered_code_reads_back():
    text = make_notice_qr_text(APPLICATION)
    image = render_qr(text)
    assert image.dtype == np.uint8 and image.ndim == 3 and image.shape[2] == 3
    assert (image[:32] == 255).all()  # quiet zone
    assert decode_qr(image) == [text]
    assert decode_qr(image[:, :, 0]) == [text]  # grey input too


def test_printed_notice_reads_back(registry):
    application = registry.queue()[0]
    image = registry.notice_image(application.application_id)
    assert image.shape == (640, 1000, 3)
    (text,) = decode_qr(image)
    assert parse_notice_qr(text).application_id == application.application_id


@pytest.mark.parametrize("view", [
    {}, {"rotation": 12}, {"rotation": -25, "brightness": 0.55, "noise": 8},
    {"tilt": 0.2, "rotation": -8, "noise": 6, "blur": 3}, {"scale": 0.4, "tilt": 0.25, "noise": 10},
    {"scale": 0.3, "noise": 4, "seed": 3},
], ids=lambda v: ",".join(f"{k}={x}" for k, x in v.items()) or "straight")
def test_notice_held_in_front_of_the_camera_is_read(registry, view):
    application = registry.queue()[5]
    frame = in_camera_frame(notice_image(application), **view)
    assert frame.shape == (720, 1280, 3)
    texts = decode_qr(frame)
    assert [parse_notice_qr(t).application_id for t in texts] == [application.application_id]


@pytest.mark.parametrize("frame", [
    np.zeros((720, 1280, 3), np.uint8), np.full((720, 1280, 3), 255, np.uint8),
    np.random.default_rng(7).integers(0, 256, (480, 640, 3), dtype=np.uint8),
], ids=["black", "white", "noise"])
def test_frames_without_a_code_give_nothing(frame):
    assert decode_qr(frame) == []


def test_a_notice_without_its_code_gives_nothing(registry):
    image = registry.notice_image(registry.queue()[0].application_id).copy()
    image[300:, 600:] = 255
    assert decode_qr(in_camera_frame(image)) == []


def test_a_damaged_code_is_not_read_or_is_refused(registry):
    application = registry.queue()[0]
    image = registry.notice_image(application.application_id).copy()
    image[400:520, 720:960] = 255  # a third of the code torn off
    texts = decode_qr(image)
    for text in texts:  # if error correction saved it, it must be the genuine payload
        assert parse_notice_qr(text).application_id == application.application_id
    assert texts == []


def test_another_qr_is_read_but_refused():
    (text,) = decode_qr(render_qr("https://www.kojinbango-card.go.jp/"))
    with pytest.raises(NoticeQrError) as caught:
        parse_notice_qr(text)
    assert caught.value.reason == "not-notice"


@pytest.mark.parametrize("bad", [
    np.zeros((0, 0, 3), np.uint8), np.zeros((10, 10, 3), np.uint8), np.zeros((100, 100, 4), np.uint8),
    np.zeros((100, 100, 3), np.float32), "not an image", None,
], ids=["empty", "tiny", "rgba", "float", "str", "none"])
def test_what_is_not_an_image_is_refused(bad):
    with pytest.raises(BadImageError):
        decode_qr(bad)


def test_render_refuses_nothing_to_encode():
    with pytest.raises(ValueError):
        render_qr("")
