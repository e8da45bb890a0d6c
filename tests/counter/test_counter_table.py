"""Every entry of the counter's transition table, and random event sequences (as for the reception,
tests/flow/test_table.py): the machine only ever moves along the table; an invalid event raises and
changes nothing; the service intents start their work when handled; PINs never outlive their
write and the password never stays; a failed handover releases its claim; the idle lock locks only
where the table allows; every state it reaches has both views; PINs the card already held are
never asked for, never reported as set now, and shown to staff as already set."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from counter_fakes import (
    ALL_KINDS,
    BIRTH,
    CARD_FACE,
    FOUR_DIGITS,
    MEMBER,
    MISREAD_CARD_FACE,
    NEEDED,
    PASSWORD,
    SOME_KINDS,
    application,
    build_desk,
    payload,
    variants,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.counter import table
from kiosk.counter.machine import CounterFlow
from kiosk.counter.pin_entry import PinCollector, Step
from kiosk.counter.pin_rules import FOUR_DIGIT_KINDS, PinKind, PinRequirements
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import pin_names, resident_view, staff_view
from kiosk.flow.engine import InvalidTransition, TableError
from kiosk.flow.executors import InlineExecutor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "flow"))
from flow_fakes import ManualScheduler  # noqa: E402
from machine_checks import NoEffects, case_id, changed_fields, fields, send_checked, table_cases  # noqa: E402

VISIT = list(S)  # the states in the order a visit goes through them (FAILED last)
SERVICE_INTENTS = {E.LOGIN, E.LOOKUP, E.START}  # answered by a service: the work starts when handled
AUDITED = {E.CALL_STAFF}  # the visit's first is written to the audit chain when handled
# Entered again from itself: a typed 照合番号B the checks refused stays (no work), a valid one reads the card.
HOLDING_PINS = {S.WRITING_PINS, S.PIN_WRITE_FAILED}  # kept for a retry of the one write


def desk():
    return build_desk(ManualScheduler())


def after(state: S, step: S) -> bool:
    return VISIT.index(state) >= VISIT.index(step)


def at(state: S):
    """A desk in ``state`` with the context a visit has there."""
    d = desk()
    flow, ctx = d.flow, d.flow.ctx
    flow.staff = None if state is S.LOCKED else MEMBER
    if after(state, S.APPLICATION):
        ctx.application = application()
    if after(state, S.DOCUMENTS):
        ctx.claim_id = payload(E.CLAIMED)["claim_id"]
    if after(state, S.FACE_CHECK):
        ctx.requirements = NEEDED
    if state is S.PIN_ENTRY:
        ctx.pin_entry = PinCollector(NEEDED, BIRTH)
    if state in HOLDING_PINS:
        ctx.pins = payload(E.PINS_CHOSEN)["pins"]
    flow.state = state
    return d


def collector(kinds: tuple[PinKind, ...], *typed: str) -> PinCollector:
    four_digits = tuple(kind for kind in kinds if kind in FOUR_DIGIT_KINDS)
    entry = PinCollector(PinRequirements(False, PinKind.SIGN in kinds, four_digits), BIRTH)
    for text in typed:
        entry.enter(text)
    return entry


def arrange(guard: str | None, truth: bool, d, event: E, p: dict) -> None:
    """Make ``guard`` hold (or not) when ``event`` comes."""
    ctx = d.flow.ctx
    if guard is None:
        return
    if guard == "documents_sufficient":
        p["documents"] = ["driving_license"] if truth else ["insurance"]
    elif guard == "face_card_application":
        ctx.face_card = truth
    elif guard == "collation_valid":
        p["entry"] = CARD_FACE if truth else MISREAD_CARD_FACE
    elif guard == "pins_on_jlis":
        d.flow.pins_on_jlis = truth
    elif guard in ("pins_all_already_set", "card_has_pins"):  # the card came with all, some or no PINs
        ctx.pins_already = tuple((ALL_KINDS if guard == "pins_all_already_set" else SOME_KINDS) if truth else ())
        ctx.requirements = NEEDED.without(ctx.pins_already)
    elif guard == "pins_complete" and event is E.PIN_KEYED:  # the last entry, or the first of one
        ctx.pin_entry = collector((PinKind.KENHOJO,), *([FOUR_DIGITS] if truth else []))
        p["text"] = FOUR_DIGITS
    elif guard == "pins_complete" and event is E.PIN_KEEP:  # a warned last PIN kept, or nothing to keep
        ctx.pin_entry = collector((PinKind.KENHOJO,), *(["1111", "1111"] if truth else []))
    elif guard == "pins_complete" and event is E.PIN_SAME_DIGITS:  # all three the same, or one by one
        ctx.pin_entry = collector(FOUR_DIGIT_KINDS, FOUR_DIGITS, FOUR_DIGITS)
        assert ctx.pin_entry.step is Step.SAME_DIGITS
        p["use"] = truth
    else:
        raise AssertionError(f"no arrangement for guard {guard} on {event.value}")


def check_invariants(d) -> None:
    flow, ctx = d.flow, d.flow.ctx
    assert (flow.staff is None) == (flow.state is S.LOCKED)
    assert ctx.pins is None or flow.state in HOLDING_PINS, "PINs kept after their write"
    assert ctx.pin_entry is None or flow.state is S.PIN_ENTRY, "the keypad dialogue outlived its step"
    assert PASSWORD not in repr(vars(ctx)) + repr({k: v for k, v in vars(flow).items() if k != "effects"})
    if flow.state is S.QUEUE:
        assert ctx.application is None and ctx.claim_id is None, "the last resident's visit is still there"
    assert [delay for delay, _ in d.live_timers()] == ([] if flow.state is S.LOCKED else [flow.idle_seconds])
    staff = staff_view(flow.state, ctx, flow.staff, flow.desk_id)
    resident = resident_view(flow.state, ctx)
    # PINs the card held when placed: never asked for, never "set now", always shown as already set.
    already = set(ctx.pins_already)
    assert not already & set(ctx.pins_set), "a PIN already on the card reported as set in this visit"
    if ctx.pin_entry is not None:
        assert not already & {kind.value for kind in ctx.pin_entry.needed.kinds}, "asked for a PIN already set"
    if already:
        assert E.CHOOSE_FACE_CARD not in {action.intent for action in resident.actions}
        assert any(pin_names(ctx.pins_already) in line for line in staff.lines), staff.lines
        if staff.summary is not None:
            assert {kind.value for kind in staff.summary.pins_already_set} == already
            assert not already & {kind.value for kind in staff.summary.pins_set}
    if ctx.pins_all_already_set:
        assert flow.state not in (S.PIN_ENTRY, S.WRITING_PINS, S.PIN_WRITE_FAILED), "PINs asked of a full card"


def check_claim_released(d, claim: int | None, jobs: list) -> None:
    """The flow has just entered FAILED: the claim (if any) is released with the failure's code."""
    for job in jobs:
        job()
    if claim is not None:
        assert d.records.failed[claim] == (d.flow.ctx.failure_code or "COUNTER_CANCELLED")
    else:
        assert not jobs


CASES = table_cases(desk().flow)
# Every entry with each plausible payload of its event (a result without its details, ...).
VARIANT_CASES = [(*case, variant) for case in CASES for variant in variants(case[1])]


def test_the_cases_cover_the_table_and_its_cancel_rule():
    entries = {(state, event) for state, event, _ in CASES}
    assert entries >= set(table.TRANSITIONS)
    assert {state for state, event in entries if event is E.CANCEL} == table.CANCELLABLE


@pytest.mark.parametrize(("state", "event", "index", "variant"), VARIANT_CASES,
                         ids=[case_id(case[:3]) + (f"-variant{case[3]}" if case[3] else "") for case in VARIANT_CASES])
def test_every_table_entry(state, event, index, variant):
    d = at(state)
    options = d.flow.candidates(state, event)
    guard, target = options[index]
    p = payload(event, variant)
    for earlier, _ in options[:index]:
        arrange(earlier, False, d, event, p)
    arrange(guard, True, d, event, p)
    claim, jobs = d.flow.ctx.claim_id, len(d.executor.jobs)

    d.flow.send(event, **p)

    assert d.flow.state is target
    new = d.executor.jobs[jobs:]
    if target is state:  # a self-transition starts work only for an intent a service answers, or an audit
        assert len(new) == (1 if event in SERVICE_INTENTS | AUDITED else 0)
    if target is S.FAILED and state is not S.FAILED:
        check_claim_released(d, claim, new)
    d.flow.staff_active()  # the idle lock runs in every state but LOCKED
    check_invariants(d)


@pytest.mark.parametrize("state", list(S))
def test_events_off_the_table_are_refused_and_change_nothing(state):
    refused = [event for event in E if desk().flow.candidates(state, event) is None]
    assert refused
    for event in refused:
        d = at(state)
        staff = d.flow.staff
        assert not send_checked(d.flow, event, payload(event))
        assert d.flow.staff is staff and not d.executor.jobs


def test_too_few_documents_are_refused_and_change_nothing():
    d = at(S.DOCUMENTS)
    before = fields(d.flow.ctx)
    with pytest.raises(InvalidTransition):
        d.flow.send(E.DOCUMENTS_OK, documents=["insurance"])
    assert d.flow.state is S.DOCUMENTS and not changed_fields(before, fields(d.flow.ctx))


def test_a_pin_event_without_a_keypad_dialogue_is_refused():
    d = at(S.PIN_ENTRY)
    d.flow.ctx.pin_entry = None
    with pytest.raises(InvalidTransition):
        d.flow.send(E.PIN_KEYED, text=FOUR_DIGITS)
    assert d.flow.state is S.PIN_ENTRY


class StaffLogin:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []

    def authenticate(self, staff_id: str, password: str, *, desk_id: str = "counter"):
        from kiosk.counter.records import LoginFailedError

        self.calls.append((staff_id, password, desk_id))
        if password != PASSWORD:
            raise LoginFailedError("wrong password")
        return MEMBER


@pytest.mark.parametrize("password", [PASSWORD, "not-the-password"])
def test_the_password_goes_to_one_check_and_is_never_kept_or_logged(password, caplog):
    from kiosk.counter.effects import CounterEffects

    login = StaffLogin()
    effects = CounterEffects(staff=login, store=None, cards=None, slot=None, collation=None, eligibility=None,
                             executor=InlineExecutor())
    flow = CounterFlow(effects, desk_id="DESK-07")
    caplog.set_level(logging.DEBUG)
    flow.send(E.LOGIN, staff_id=MEMBER.staff_id, password=password)
    assert login.calls == [(MEMBER.staff_id, password, "DESK-07")]
    assert flow.state is (S.QUEUE if password == PASSWORD else S.LOCKED)
    assert password not in caplog.text and "login" in caplog.text
    assert password not in repr(vars(flow.ctx)) + repr(vars(flow))


def test_a_misspelt_guard_fails_when_the_machine_is_built():
    class Misspelt(CounterFlow):
        def candidates(self, state, event):
            if (state, event) == (S.DOCUMENTS, E.DOCUMENTS_OK):
                return (("documents_sufficent", S.CARD_WAIT),)
            return super().candidates(state, event)

    with pytest.raises(TableError, match="documents_sufficent"):
        Misspelt(NoEffects())


def test_a_handler_for_no_event_fails_when_the_machine_is_built():
    class Stray(CounterFlow):
        def _on_documents_okay(self, ctx, p) -> None:
            pass

    with pytest.raises(TableError, match="_on_documents_okay"):
        Stray(NoEffects())


TIMER_STEPS = st.sampled_from(["idle timer fires", "staff active"])


def onward(flow: CounterFlow) -> list[E]:
    """Events valid now that take the visit a step on (not back, not to FAILED): a walk made mostly
    of these gets to the end of a handover; one of any valid events rarely gets past the card."""
    here = VISIT.index(flow.state)
    valid = [event for event in E if flow.can(event)]
    return [event for event in valid if any(here < VISIT.index(target) and target is not S.FAILED
                                            for _, target in flow.candidates(flow.state, event))] or valid


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_random_sequences_keep_the_invariants(data):
    d = desk()
    for _ in range(data.draw(st.integers(0, 80), label="steps")):
        flow = d.flow
        valid = st.sampled_from([event for event in E if flow.can(event)])
        ahead = st.sampled_from(onward(flow))
        step = data.draw(st.one_of(ahead, ahead, ahead, valid, st.sampled_from(list(E)), TIMER_STEPS))
        before, visit = flow.state, flow.ctx.visit
        if step == "idle timer fires":
            d.scheduler.fire_all()
            assert flow.state is (S.LOCKED if before in (S.QUEUE, S.APPLICATION) else before)
        elif step == "staff active":
            flow.staff_active()
            assert flow.state is before
        else:
            claim, jobs = flow.ctx.claim_id, len(d.executor.jobs)
            taken = send_checked(flow, step, payload(step, data.draw(st.sampled_from(variants(step)), label="variant")))
            new = d.executor.jobs[jobs:]
            if not taken:
                assert not new
            elif flow.state is S.FAILED and before is not S.FAILED:
                check_claim_released(d, claim, new)
        assert flow.ctx.visit >= visit
        check_invariants(d)


# -- a card placed with PINs already set ---------------------------------------------------------------

def placed(already: list[str]):
    """A desk at the face check with a card that came with the PINs of ``already``."""
    d = at(S.CARD_CHECK)
    d.flow.send(E.CARD_MATCHED, **{**payload(E.CARD_MATCHED), "already_set": already})
    assert d.flow.state is S.FACE_CHECK
    return d


def test_a_card_with_some_pins_set_asks_only_for_the_others_and_reports_only_those():
    d = placed(SOME_KINDS)
    ctx = d.flow.ctx
    assert ctx.pins_already == ("juki", "sign") and ctx.requirements.kinds == (PinKind.AUTH, PinKind.KENHOJO)
    face_check = staff_view(S.FACE_CHECK, ctx, MEMBER)
    assert "前から 設定済みの 暗証番号（今回は 設定しません）: 住民基本台帳用、署名用" in face_check.lines
    d.flow.send(E.STAFF_CONFIRM)
    assert d.flow.state is S.PIN_CHOICE
    choice = resident_view(S.PIN_CHOICE, ctx)
    assert [action.intent for action in choice.actions] == [E.CHOOSE_PINS]  # no face card: the card has PINs
    assert choice.body.id == "counter.choice.already_set"
    d.flow.send(E.CHOOSE_FACE_CARD)  # offered nowhere, and refused if sent anyway
    assert d.flow.state is S.PIN_CHOICE and ctx.face_card is False
    d.flow.send(E.CHOOSE_PINS)
    assert ctx.pin_entry.needed.kinds == (PinKind.AUTH, PinKind.KENHOJO)
    assert resident_view(S.PIN_ENTRY, ctx).entry_label.id == "counter.pin.label.auth"
    for text in (FOUR_DIGITS,) * 4:
        d.flow.send(E.PIN_KEYED, text=text)
    assert d.flow.state is S.WRITING_PINS and ctx.pins.as_kwargs() == {
        "auth": FOUR_DIGITS, "sign": None, "kenhojo": FOUR_DIGITS, "juki": None}
    d.flow.send(E.PINS_WRITTEN, visit=ctx.visit, set=ALL_KINDS)  # the card's keys all hold a PIN now
    assert ctx.pins_set == ("auth", "kenhojo")
    for state in (S.HANDING_OVER, S.DONE):
        d.flow.state = state
        lines = staff_view(state, ctx, MEMBER).lines
        assert "前から 設定済みの 暗証番号（今回は 設定しません）: 住民基本台帳用、署名用" in lines
    assert "今回 設定した 暗証番号: 利用者証明用、券面事項入力補助用" in lines
    summary = staff_view(S.DONE, ctx, MEMBER).summary
    assert summary.pins_set == (PinKind.AUTH, PinKind.KENHOJO)
    assert summary.pins_already_set == (PinKind.JUKI, PinKind.SIGN)


def test_a_card_with_every_pin_set_goes_from_the_face_check_to_the_handover():
    d = placed(ALL_KINDS)
    ctx = d.flow.ctx
    assert ctx.pins_all_already_set and ctx.requirements.kinds == ()
    assert "暗証番号は すべて 設定済みです。ご本人の 入力は ありません" in staff_view(S.FACE_CHECK, ctx, MEMBER).lines
    jobs = len(d.executor.jobs)
    d.flow.send(E.STAFF_CONFIRM)
    assert d.flow.state is S.HANDING_OVER and len(d.executor.jobs) == jobs + 1  # the handover is recorded
    assert ctx.pin_entry is None and ctx.pins is None and ctx.pins_set == ()
    assert resident_view(S.HANDING_OVER, ctx).body.parts[0].id == "counter.choice.already_set"
    d.flow.send(E.HANDED_OVER, visit=ctx.visit, at=payload(E.HANDED_OVER)["at"])
    registration = resident_view(S.REGISTRATION, ctx)
    assert registration.body.parts[0].id == "counter.choice.already_set"
    assert {action.intent for action in registration.actions} == {E.AGREE_REGISTRATION, E.DECLINE_REGISTRATION}
    d.flow.state = S.DONE
    done = staff_view(S.DONE, ctx, MEMBER)
    assert "今回 設定した 暗証番号: なし" in done.lines
    assert done.summary.pins_set == () and len(done.summary.pins_already_set) == 4


def test_a_face_card_application_whose_card_has_pins_is_not_handed_over_as_a_face_card():
    d = at(S.CARD_CHECK)
    d.flow.ctx.face_card = True
    d.flow.send(E.CARD_MATCHED, photo=None, requirements=NEEDED, already_set=["auth"])
    d.flow.send(E.STAFF_CONFIRM)
    assert d.flow.state is S.PIN_CHOICE
    assert resident_view(S.PIN_CHOICE, d.flow.ctx).actions == ()
    assert any("中止してください" in line for line in staff_view(S.PIN_CHOICE, d.flow.ctx, MEMBER).lines)
    for event in (E.CHOOSE_FACE_CARD, E.CHOOSE_PINS):  # neither is offered; sent anyway, both are refused
        d.flow.send(event)
        assert d.flow.state is S.PIN_CHOICE and d.flow.ctx.pin_entry is None
    d.flow.send(E.CANCEL)
    assert d.flow.state is S.FAILED


def test_a_failed_write_on_a_card_with_pins_counts_only_this_visits():
    d = placed(SOME_KINDS)
    d.flow.state, d.flow.ctx.pins = S.WRITING_PINS, payload(E.PINS_CHOSEN)["pins"]
    d.flow.send(E.PINS_FAILED, visit=d.flow.ctx.visit, set=["auth", "juki", "sign"], missing=["kenhojo"],
                code="ISSUANCE_INCOMPLETE")
    assert d.flow.ctx.pins_set == ("auth",)
    lines = staff_view(S.PIN_WRITE_FAILED, d.flow.ctx, MEMBER).lines
    assert lines[0] == "設定できた 暗証番号: 利用者証明用"
