"""Card benchmark (issue 2 §9): APDU count and wall time, in-process and through pcscd.

(a) auth certificate + remaining auth-PIN tries (a fresh session: SELECT included);
(b) auth-PIN VERIFY + signature over a challenge, checked against the certificate.

Prints a table of medians and p95. Not a test: run ``make bench`` or ``.venv/bin/python bench/card.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stats import p95  # noqa: E402
from kiosk.card.apdu import CardChannel  # noqa: E402
from kiosk.card.connection import CardConnection  # noqa: E402
from kiosk.card.errors import NoCardError  # noqa: E402
from kiosk.card.jpki import JpkiAp  # noqa: E402
from simulators.card import VirtualCardConnection, card_for  # noqa: E402
from simulators.residents import resident  # noqa: E402


def measure(connection: CardConnection, pin: str, runs: int) -> dict[str, tuple[int, list[float]]]:
    """Run (a) and (b) ``runs`` times; return {case: (apdus per run, wall times in ms)}."""
    certificate = JpkiAp(CardChannel(connection)).read_auth_certificate()  # warm-up, key build

    def case_a(channel: CardChannel) -> None:
        session = JpkiAp(channel)
        session.read_auth_certificate()
        session.auth_pin_status()

    def case_b(channel: CardChannel) -> None:
        JpkiAp(channel).authenticate(pin, b"bench challenge", certificate)

    results = {}
    for name, case in (("(a) auth cert + tries", case_a), ("(b) PIN verify + signature", case_b)):
        times, apdus = [], 0
        for _ in range(runs):
            channel = CardChannel(connection)
            start = time.perf_counter()
            case(channel)
            times.append((time.perf_counter() - start) * 1000)
            apdus = channel.apdu_count
        results[name] = (apdus, times)
    return results


def through_pcscd(card, pin: str, runs: int, port: int) -> dict | str:
    try:
        from drivers.pcsc import PcscCardConnection
        from simulators.pcscd import PcscdUnavailable, ensure_pcscd, stop, vpcd_reader
        from simulators.vpcd import VpcdBridge
    except ImportError as exc:
        return f"skipped: {exc}"
    try:
        process = ensure_pcscd()
    except PcscdUnavailable as exc:
        return f"skipped: {exc}"
    bridge = VpcdBridge(card, port=port)
    try:
        bridge.insert()
        deadline = time.monotonic() + 10
        while True:
            try:
                connection = PcscCardConnection(vpcd_reader(port))
                break
            except NoCardError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)
        with connection:
            return measure(connection, pin, runs)
    finally:
        bridge.remove()
        stop(process)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--resident", default="R002")
    parser.add_argument("--port", type=int, default=35964, help="vpcd port (35964: slot 'Virtual PCD 00 01')")
    args = parser.parse_args()
    person = resident(args.resident)
    pin = person.auth_pin or ""
    rows: list[tuple[str, str, int, list[float]]] = []
    for path, results in (("in-process", measure(VirtualCardConnection(card_for(person)), pin, args.runs)),
                          ("pcscd + vpcd", through_pcscd(card_for(person), pin, args.runs, args.port))):
        if isinstance(results, str):
            print(f"{path}: {results}")
            continue
        for case, (apdus, times) in results.items():
            rows.append((path, case, apdus, times))
    print(f"\nruns per case: {args.runs}\n")
    print(f"| {'path':<13} | {'case':<27} | APDUs | median ms | p95 ms |")
    print(f"|{'-' * 15}|{'-' * 29}|-------|-----------|--------|")
    for path, case, apdus, times in rows:
        print(f"| {path:<13} | {case:<27} | {apdus:>5} | {statistics.median(times):>9.2f} | {p95(times):>6.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
