"""``myna-kiosk face``: the face pipeline on images, a camera or a video file."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.output import Exit, handles_errors, json_option, print_json


@click.group()
def face() -> None:
    """Face verification as the kiosk does it (frames and photos stay in memory)."""


@face.command(epilog="""
\b
Example:
  myna-kiosk face compare card.jpg visitor.jpg --json
""")
@click.argument("image_a", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("image_b", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@handles_errors
def compare(image_a: Path, image_b: Path, as_json: bool) -> int:
    """Distance between the faces of IMAGE_A and IMAGE_B, the decision and timings per stage.
    Exit status 1 when they are not the same person."""
    from kiosk.face.compare import compare as compare_faces
    from kiosk.images import load_image

    result = compare_faces(load_image(str(image_a)), load_image(str(image_b)))
    if as_json:
        print_json(result.as_dict())
    else:
        click.echo(f"distance {result.distance:.4f} -> {result.outcome.value} "
                   f"(faces found: {result.faces[0]}, {result.faces[1]})")
        click.echo("timings: " + ", ".join(f"{k} {v:.1f} ms" for k, v in result.timings.items()))
    return Exit.OK if result.outcome.value == "match" else Exit.NEGATIVE


@face.command(epilog="""
\b
Examples:
  myna-kiosk face live --camera 0 --card-photo card.jpg
  myna-kiosk face live --camera visit.mp4 --card-photo card.jpg --stride 3 --json
""")
@click.option("--camera", required=True, metavar="DEVICE|FILE", help="Camera index, device path, or a video file.")
@click.option("--card-photo", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The card photo (any image format).")
@click.option("--stride", type=click.IntRange(min=1), default=3, show_default=True,
              help="Analyse every Nth frame of a video file.")
@json_option
@handles_errors
def live(camera: str, card_photo: Path, stride: int, as_json: bool) -> int:
    """Run the live pipeline (quality, liveness, matching) until it decides. Exit status 1 when it
    does not end in a match."""
    from drivers.camera import OpenCvCamera, iter_video_frames, probe_video
    from kiosk.camera import Frame
    from kiosk.face.live import camera_frames, verify_stream
    from kiosk.face.verifier import FaceVerifier
    from kiosk.images import load_image

    verifier = FaceVerifier(load_image(str(card_photo)))
    try:
        if Path(camera).is_file():  # a recording: every frame, at media time
            fps = probe_video(camera).fps or 30.0
            frames = (Frame(image, i, i / fps) for i, image in enumerate(iter_video_frames(camera)))
            result = verify_stream(verifier, frames, stride=stride)
        else:
            device: int | str = int(camera) if camera.isdigit() else camera
            result = verify_stream(verifier, camera_frames(OpenCvCamera(device)))
    finally:
        verifier.close()
    out = result.as_dict()
    if as_json:
        print_json(out)
    else:
        click.echo(f"{out['outcome']} ({out['reason']}), median distance {out['distance']}, live={out['live']} "
                   f"(motion {out['motion']}), {out['frames_analysed']} of {out['frames_seen']} frames analysed "
                   f"in {out['wall_ms']:.0f} ms")
        click.echo("quality: " + ", ".join(f"{k} {v}" for k, v in out["quality_reasons"].items()))
        click.echo("median stage ms: " + ", ".join(f"{k} {v}" for k, v in out["median_stage_ms"].items()))
    return Exit.OK if result.decision and result.decision.outcome.value == "match" else Exit.NEGATIVE
