"""The desk's QR camera (issue 17 §2): printed-and-photographed 交付通知書 and 交付申請書 — rendered,
rotated, blurred, tilted, bent and worn — written to a video file and played through
``drivers.camera.OpenCvCamera`` into the scanner: each application is reported once while its paper
is in view, again only after it was away, and nothing else (a poster's QR) is reported. The payload
formats are configurable (``docs/qr-camera.md``)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from drivers.camera import OpenCvCamera
from drivers.qr import decode_qr
from kiosk.camera import Frame
from kiosk.counter.applications import application_id_digits
from kiosk.counter.notice_qr import NoticeQrError, ScanFormats, make_notice_qr_text, scan_pattern
from kiosk.counter.qr_scanner import QrScanner, beep
from simulators.card_management import application_id_for
from simulators.printed_notice import FRAME_SIZE, Distortion, Paper, photographed, printed_page

FPS = 15
DESK = np.full((FRAME_SIZE[1], FRAME_SIZE[0], 3), (110, 105, 100), np.uint8)  # nothing under the camera


def notice(resident_id: str) -> np.ndarray:
    return printed_page(make_notice_qr_text(application_id_for(resident_id)), Paper.NOTICE)


def form(resident_id: str) -> np.ndarray:
    return printed_page(application_id_digits(application_id_for(resident_id)), Paper.FORM)


def write_video(path, segments: list[tuple[np.ndarray | None, tuple[Distortion, ...], float]]) -> None:
    """Each segment: a page (None: the empty desk) held for ``seconds``, its distortions taking turns
    every few frames (the hand moves); written as Motion-JPEG like a USB camera's stream."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), FPS, FRAME_SIZE)
    assert writer.isOpened()
    for number, (page, distortions, seconds) in enumerate(segments):
        frame = DESK
        for index in range(round(seconds * FPS)):
            if page is not None and index % 5 == 0:  # the hand moves: a new view every fifth frame
                frame = photographed(page, distortions[index // 5 % len(distortions)], seed=number * 100 + index)
            writer.write(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    writer.release()


HELD = (Distortion(rotation=25, blur=5), Distortion(tilt=0.25, rotation=-10), Distortion(rotation=170, blur=7))
BENT_AND_WORN = (Distortion(wear=0.6, curve=0.1, blur=5), Distortion(curve=0.15, rotation=10),
                 Distortion(wear=0.8, rotation=-20))


def test_printed_and_photographed_notices_are_read_from_a_video_once_each(tmp_path):
    video = tmp_path / "desk.avi"
    poster = printed_page("https://www.kojinbango-card.go.jp/", Paper.NOTICE)
    write_video(video, [
        (None, (), 0.6),
        (notice("R002"), HELD, 1.4),
        (None, (), 1.6),
        (form("R003"), (Distortion(tilt=0.3, rotation=-40), Distortion(tilt=0.35)), 1.2),
        (poster, (Distortion(),), 1.0),  # some other QR under the camera: never reported
        (None, (), 1.6),
        (notice("R004"), BENT_AND_WORN, 1.6),
        (None, (), 1.6),
        (notice("R002"), (Distortion(rotation=90),), 1.0),  # the same notice, shown again later
        (None, (), 0.5),
    ])
    scanned: list[str] = []
    scanner = QrScanner(lambda: OpenCvCamera(video), decode_qr, ScanFormats(), hold_seconds=1.0, interval=0.05)
    scanner.start(scanned.append)
    scanner._thread.join(timeout=60)  # the file ends, the scanner stops by itself
    assert scanned == [application_id_for(r) for r in ("R002", "R003", "R004", "R002")]


def test_nothing_is_read_while_the_desk_does_not_wait_for_a_look_up():
    decoded: list[int] = []
    wanted = [False]

    def decoder(image: np.ndarray) -> list[str]:
        decoded.append(1)
        return [make_notice_qr_text(application_id_for("R002"))]

    scanner = QrScanner(lambda: None, decoder, ScanFormats(), wanted=lambda: wanted[0], hold_seconds=2.0,
                        interval=0.0)
    frame = np.zeros((8, 8, 3), np.uint8)
    assert scanner.feed(Frame(frame, 0, 0.0)) == [] and not decoded  # skipped, not decoded
    wanted[0] = True
    assert scanner.feed(Frame(frame, 1, 0.1)) == [application_id_for("R002")]
    assert scanner.feed(Frame(frame, 2, 1.0)) == []  # still in view
    assert scanner.feed(Frame(frame, 3, 2.9)) == []  # in view all along: seen at 1.0, then 2.9
    wanted[0] = False
    scanner.feed(Frame(frame, 4, 3.0))
    wanted[0] = True  # the desk waits again (the next resident): the paper counts as shown anew
    assert scanner.feed(Frame(frame, 5, 3.1)) == [application_id_for("R002")]


def test_frames_come_at_most_every_interval():
    calls: list[float] = []
    scanner = QrScanner(lambda: None, lambda image: calls.append(1) or [], ScanFormats(), interval=0.1)
    for index, at in enumerate((0.0, 0.03, 0.06, 0.1, 0.13, 0.2)):
        scanner.feed(Frame(np.zeros((8, 8, 3), np.uint8), index, at))
    assert len(calls) == 3


@pytest.mark.parametrize(("text", "expected"), [
    (make_notice_qr_text(application_id_for("R002")), "R002"),
    (application_id_digits(application_id_for("R003")), "R003"),  # a 交付申請書's code: the bare 申請書ID
])
def test_the_default_formats(text, expected):
    assert ScanFormats().application_id(text) == application_id_for(expected)


def test_a_municipality_pattern_is_accepted_and_its_id_checked():
    digits = application_id_digits(application_id_for("R005"))
    formats = ScanFormats.with_patterns([r"https://kofu\.example\.lg\.jp/r\?id=(?P<id>[0-9]{23})"])
    assert formats.application_id(f"https://kofu.example.lg.jp/r?id={digits}") == application_id_for("R005")
    broken = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    with pytest.raises(NoticeQrError) as caught:
        formats.application_id(f"https://kofu.example.lg.jp/r?id={broken}")
    assert caught.value.reason == "application-id"


@pytest.mark.parametrize("text", ["https://www.kojinbango-card.go.jp/", "", "12345", "MYNA-KOFU:1:broken"])
def test_anything_else_is_refused_without_quoting_it(text):
    with pytest.raises(NoticeQrError) as caught:
        ScanFormats().application_id(text)
    assert text not in caught.value.detail or not text


def test_a_bare_id_can_be_switched_off():
    with pytest.raises(NoticeQrError):
        ScanFormats(bare_id=False).application_id(application_id_digits(application_id_for("R003")))


@pytest.mark.parametrize("bad", ["(unclosed", "id=([0-9]{23})"])
def test_a_pattern_without_a_group_named_id_is_refused(bad):
    with pytest.raises(ValueError):
        scan_pattern(bad)


def test_the_beep_is_short_and_soft_edged():
    tone = beep()
    assert 0.1 < len(tone.samples) / tone.rate < 0.2
    assert abs(int(tone.samples[0])) < 500 and abs(int(tone.samples[-1])) < 500
