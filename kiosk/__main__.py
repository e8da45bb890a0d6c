"""``myna-kiosk``: the composition root (design "Shape").

This is the only module that chooses real drivers or simulators. Subcommands:

* ``run [--mode clinic] [--simulator]`` — the kiosk window (simulator: in-process virtual card).
* ``card info [--reader NAME] [--json]`` — read a card through PC/SC, consuming no PIN try.
* ``sim residents [--json]`` — the synthetic residents.
* ``sim card serve --resident ID [--port N]`` — serve a resident's card through vpcd until stopped.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from datetime import date

from kiosk.errors import KioskError
from kiosk.messages import message_for

logger = logging.getLogger("kiosk")


def _fail(error: KioskError) -> int:
    print(message_for(error), file=sys.stderr)
    print(f"[{error.code}] {error.detail}", file=sys.stderr)
    return 2


def cmd_card_info(args: argparse.Namespace) -> int:
    from drivers.pcsc import connect
    from kiosk.card.info import read_card_info

    try:
        with connect(args.reader, extended_length=not args.short_apdus) as connection:
            info = read_card_info(connection)
    except KioskError as error:
        return _fail(error)
    if args.json:
        print(json.dumps(info.as_dict(), ensure_ascii=False, indent=2))
        return 0
    tries = (f"{info.auth_pin_tries} 回 (query only; no try used)" if info.auth_pin_usable
             else "no usable PIN (顔認証マイナンバーカード or PIN not set)")
    rows = [
        ("Reader", info.reader), ("ATR", info.atr), ("Card", f"{info.kind} ({info.token_label})"),
        ("Auth certificate", info.auth_subject), ("  issuer", info.auth_issuer),
        ("  serial", info.auth_serial),
        ("  valid", f"{info.auth_not_before} – {info.auth_not_after} "
                    f"({'valid now' if info.auth_valid_now else 'NOT valid now'})"),
        ("Auth PIN tries", tries), ("APDUs", str(info.apdus)),
    ]
    for label, value in rows:
        print(f"{label:<17} {value}")
    return 0


def cmd_sim_residents(args: argparse.Namespace) -> int:
    from simulators.residents import all_residents

    today = date.today()
    rows = [{
        "id": r.id, "name": r.name, "age": r.age(today), "birth_date": r.birth_date.isoformat(),
        "sex": r.sex, "address": r.address, "face_card": r.face_card, "has_signing_cert": bool(r.sign_password),
        "auth_pin_tries": r.auth_pin_tries if not r.face_card else None,
        "auth_cert_expiry": r.auth_cert_expiry.isoformat(), "card_expiry": r.card_expiry.isoformat(),
        "insurance_registered": r.insurance_registered, "photo": r.photo or "placeholder", "tags": list(r.tags),
    } for r in all_residents(today)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        kind = "顔認証カード" if row["face_card"] else f"PIN 残り{row['auth_pin_tries']}"
        print(f"{row['id']}  {row['name']:<10}  {row['age']:>3}歳  {kind:<10}  "
              f"証明書〜{row['auth_cert_expiry']}  {','.join(row['tags'])}")
    return 0


def cmd_sim_card_serve(args: argparse.Namespace) -> int:
    from simulators.card import card_for
    from simulators.pcscd import PcscdUnavailable, ensure_pcscd, stop, vpcd_reader
    from simulators.residents import resident
    from simulators.vpcd import VpcdBridge

    try:
        person = resident(args.resident)
    except KeyError:
        print(f"unknown resident {args.resident} (see: myna-kiosk sim residents)", file=sys.stderr)
        return 2
    try:
        process = ensure_pcscd() if args.start_pcscd else None
    except PcscdUnavailable as exc:
        print(f"cannot start pcscd: {exc}", file=sys.stderr)
        return 2
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    bridge = VpcdBridge(card_for(person), port=args.port)
    try:
        bridge.insert()
        print(f"serving {person.id}'s card on {vpcd_reader(args.port)!r} (Ctrl-C to remove it)", flush=True)
        stopped.wait()
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"cannot reach vpcd on port {args.port}: {exc}", file=sys.stderr)
        return 2
    finally:
        bridge.remove()
        stop(process)
    return 0


def cmd_face_compare(args: argparse.Namespace) -> int:
    from kiosk.face.compare import compare
    from kiosk.images import load_image

    try:
        result = compare(load_image(args.image_a), load_image(args.image_b))
    except KioskError as error:
        return _fail(error)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"distance {result.distance:.4f} -> {result.outcome.value} "
              f"(faces found: {result.faces[0]}, {result.faces[1]})")
        print("timings: " + ", ".join(f"{k} {v:.1f} ms" for k, v in result.timings.items()))
    return 0


def cmd_face_live(args: argparse.Namespace) -> int:
    from pathlib import Path

    from drivers.camera import OpenCvCamera, iter_video_frames, probe_video
    from kiosk.camera import Frame
    from kiosk.face.live import camera_frames, verify_stream
    from kiosk.face.verifier import FaceVerifier
    from kiosk.images import load_image

    try:
        verifier = FaceVerifier(load_image(args.card_photo))
        if Path(args.camera).is_file():  # a recording: every frame, at media time
            fps = probe_video(args.camera).fps or 30.0
            frames = (Frame(image, i, i / fps) for i, image in enumerate(iter_video_frames(args.camera)))
            result = verify_stream(verifier, frames, stride=args.stride)
        else:
            device = int(args.camera) if args.camera.isdigit() else args.camera
            result = verify_stream(verifier, camera_frames(OpenCvCamera(device)))
        verifier.close()
    except KioskError as error:
        return _fail(error)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        out = result.as_dict()
        print(f"{out['outcome']} ({out['reason']}), median distance {out['distance']}, live={out['live']} "
              f"(motion {out['motion']}), {out['frames_analysed']} of {out['frames_seen']} frames analysed "
              f"in {out['wall_ms']:.0f} ms")
        print("quality: " + ", ".join(f"{k} {v}" for k, v in out["quality_reasons"].items()))
        print("median stage ms: " + ", ".join(f"{k} {v}" for k, v in out["median_stage_ms"].items()))
    return 0 if result.decision and result.decision.outcome.value == "match" else 1


def cmd_run(args: argparse.Namespace) -> int:
    from ui.app import run_kiosk

    if args.simulator:
        from simulators.card.slot import VirtualCardSlot
        from simulators.control import SimulatorControls

        slot = VirtualCardSlot()
        return run_kiosk(slot, simulator=SimulatorControls(slot), mode=args.mode)
    from drivers.pcsc import PcscCardSlot

    return run_kiosk(PcscCardSlot(args.reader), simulator=None, mode=args.mode)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="myna-kiosk", description="My Number Card kiosk")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="open the kiosk")
    run.add_argument("--mode", choices=["clinic"], default="clinic")
    run.add_argument("--simulator", action="store_true", help="virtual card and camera, no hardware")
    run.add_argument("--reader", help="PC/SC reader name (default: the first with a card)")
    run.set_defaults(func=cmd_run)

    card = sub.add_parser("card", help="card commands").add_subparsers(dest="card_command", required=True)
    info = card.add_parser("info", help="read a card through PC/SC without using a PIN try")
    info.add_argument("--reader", help="PC/SC reader name (default: the first with a card)")
    info.add_argument("--json", action="store_true")
    info.add_argument("--short-apdus", action="store_true", help="no extended APDUs (old readers)")
    info.set_defaults(func=cmd_card_info)

    face = sub.add_parser("face", help="face verification").add_subparsers(dest="face_command", required=True)
    face_compare = face.add_parser("compare", help="distance between the faces of two images")
    face_compare.add_argument("image_a")
    face_compare.add_argument("image_b")
    face_compare.add_argument("--json", action="store_true")
    face_compare.set_defaults(func=cmd_face_compare)
    face_live = face.add_parser("live", help="run the live pipeline on a camera or a video file")
    face_live.add_argument("--camera", required=True, help="device index, device path or video file")
    face_live.add_argument("--card-photo", required=True, help="the card photo (any image format)")
    face_live.add_argument("--stride", type=int, default=3, help="analyse every Nth frame of a file")
    face_live.add_argument("--json", action="store_true")
    face_live.set_defaults(func=cmd_face_live)

    sim = sub.add_parser("sim", help="simulators").add_subparsers(dest="sim_command", required=True)
    residents = sim.add_parser("residents", help="list the synthetic residents")
    residents.add_argument("--json", action="store_true")
    residents.set_defaults(func=cmd_sim_residents)
    sim_card = sim.add_parser("card", help="virtual cards").add_subparsers(dest="sim_card_command", required=True)
    serve = sim_card.add_parser("serve", help="serve a resident's card through vpcd + pcscd")
    serve.add_argument("--resident", required=True)
    serve.add_argument("--port", type=int, default=35963, help="vpcd port: 35963 slot 0, 35964 slot 1")
    serve.add_argument("--no-start-pcscd", dest="start_pcscd", action="store_false",
                       help="do not start pcscd when it is not running")
    serve.set_defaults(func=cmd_sim_card_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `myna-kiosk sim residents | head` ends quietly
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
