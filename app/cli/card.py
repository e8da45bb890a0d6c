"""``myna-kiosk card``: read a card through PC/SC, or 照合番号B from a photo of its front."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from app.cli.output import Exit, handles_errors, json_option, print_json, report

if TYPE_CHECKING:
    import numpy as np

EXAMPLES = """
\b
Examples:
  myna-kiosk card info
  myna-kiosk card info --reader "SONY FeliCa Port/PaSoRi 4.0 00 00" --json
"""


@click.group()
def card() -> None:
    """Card commands (real readers and the virtual one alike)."""


@card.command(epilog=EXAMPLES)
@click.option("--reader", metavar="NAME", help="PC/SC reader name (default: the first reader with a card).")
@click.option("--short-apdus", is_flag=True, help="No extended APDUs (readers that refuse them): 256-byte reads.")
@json_option
@handles_errors
def info(reader: str | None, short_apdus: bool, as_json: bool) -> int:
    """Read the card's kind, authentication certificate and PIN tries left. Uses no PIN try."""
    from drivers.pcsc import connect
    from kiosk.card.info import read_card_info

    with connect(reader, extended_length=not short_apdus) as connection:
        found = read_card_info(connection)
    if as_json:
        print_json(found.as_dict())
        return 0
    tries = (f"{found.auth_pin_tries} 回 (query only; no try used)" if found.auth_pin_usable
             else "no usable PIN (顔認証マイナンバーカード or PIN not set)")
    rows = [
        ("Reader", found.reader), ("ATR", found.atr), ("Card", f"{found.kind} ({found.token_label})"),
        ("Auth certificate", found.auth_subject), ("  issuer", found.auth_issuer),
        ("  serial", found.auth_serial),
        ("  valid", f"{found.auth_not_before} – {found.auth_not_after} "
                    f"({'valid now' if found.auth_valid_now else 'NOT valid now'})"),
        ("Auth PIN tries", tries), ("APDUs", str(found.apdus)),
    ]
    for label, value in rows:
        click.echo(f"{label:<17} {value}")
    return 0


SCAN_FACE_EXAMPLES = """
\b
Examples:
  myna-kiosk card scan-face card-front.jpg
  myna-kiosk card scan-face --camera /dev/video2 --json
"""


@card.command("scan-face", epilog=SCAN_FACE_EXAMPLES)
@click.argument("image", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--camera", metavar="SPEC",
              help="Read one frame from a camera instead of IMAGE: a device index (0), a device path "
                   "(/dev/video0) or a video file.")
@json_option
@handles_errors
def scan_face(image: Path | None, camera: str | None, as_json: bool) -> int:
    """Read 照合番号B from the front of a My Number Card in IMAGE (a photo or camera frame): the birth
    date, the card's expiry, the security code, the 14 digits (or null when any check fails),
    confidence, problems and per-stage timings. Nothing is written; the card is not touched.
    Exit status 1 when no certain 14-digit number was read."""
    from drivers.card_face import OcrCardFaceReader, OcrUnavailableError

    if (image is None) == (camera is None):
        raise click.UsageError("give IMAGE or --camera SPEC (exactly one)")
    frame = _camera_frame(camera) if camera is not None else _image(image)
    try:
        reader = OcrCardFaceReader()
    except OcrUnavailableError as error:
        return report("OCR_UNAVAILABLE", str(error), Exit.FAILED, as_json)
    with reader:
        reading = reader.read(frame)
    out = reading.as_dict()
    if as_json:
        print_json(out)
    else:
        for label, key in (("Birth date", "birth_date"), ("Expiry", "expiry"), ("Security code", "security_code"),
                           ("Collation B", "collation_b"), ("Confidence", "confidence")):
            click.echo(f"{label:<14} {out[key] if out[key] is not None else '-'}")
        click.echo(f"{'Problems':<14} {', '.join(out['problems']) or '-'}")
        click.echo(f"{'Timings':<14} " + ", ".join(f"{stage} {ms:.1f} ms" for stage, ms in out["timings_ms"].items()))
    return Exit.OK if reading.collation_b else Exit.NEGATIVE


def _image(path: Path | None) -> np.ndarray:
    from kiosk.images import load_image

    return load_image(str(path))


def _camera_frame(spec: str) -> np.ndarray:
    """One frame from a camera device or a video file (the first frame a file has; a device's
    fifth, after its exposure settles)."""
    from drivers.camera import OpenCvCamera
    from kiosk.camera import CameraUnavailableError
    from kiosk.face.live import camera_frames

    is_device = spec.isdigit() or spec.startswith("/dev/")
    source: int | str = int(spec) if spec.isdigit() else spec
    wanted = 5 if is_device else 1
    camera = OpenCvCamera(source, 1280, 960, realtime=False)  # a document camera's 4:3 (the reader's target)
    for count, frame in enumerate(camera_frames(camera), start=1):
        if count >= wanted:
            return frame.image
    raise CameraUnavailableError(f"{spec}: no frame")
