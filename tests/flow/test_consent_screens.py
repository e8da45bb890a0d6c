"""The consent screens as the card readers' leaflets show them (issue 16 §1; seed 001): past
(non-surgical) care and medicines first, then 特定健診 for 40+ in either leaflet's form, then
受付完了 — and only then 限度額, while the card stays on the reader. 包括同意, one tap on the screen
before them, names what it covers; the done screen sums up what was shared."""

from __future__ import annotations

from datetime import date

import pytest
from flow_fakes import STAFF_PIN_HASH, FakeEligibility, build_kiosk

from kiosk.reception import table
from kiosk.reception.config import ReceptionConfig
from kiosk.reception.events import Event
from kiosk.reception.model import ConsentItem
from kiosk.reception.states import FlowState
from kiosk.reception.view import ScreenView, build_view
from kiosk.settings import ConfigError, Paths, load_settings
from simulators.residents import resident

ADULT, YOUNG = date(1960, 4, 1), date(1995, 4, 1)
# The leaflets' words, as printed (seed 001: 001_69c93d0b579b5e28.txt); the screens add only the
# spaces between phrases where a line may break.
LEAFLET = {
    "consent.title.medication": "過去の手術以外の診療・お薬情報を当機関に提供することに同意しますか",
    "consent.purpose": "この情報はあなたの診療や健康管理のために使用します。",
    "consent.title.checkup": "（40歳以上対象）過去の健康情報を当機関に提供することに同意しますか",
    "consent.body.checkup_2021": "メタボ健診（40～74歳）や高齢者健診（75歳以上）の結果を提供します。",
    "consent.decline.checkup_2021": "同意しない・40歳未満",
    "consent.bundle.title": "医師・薬剤師に提供する情報を選んでください",
    "limit.title": "受付が完了します。カードをカードリーダーからお取りください",
    "limit.question": "限度額情報を提供しますか",
    "limit.body": "高額療養費制度をご利用される方は、カードを取らずに限度額情報を「提供する」を押してください。"
                  "窓口で限度額以上の支払いが不要になります。",
    "limit.provide": "提供する",
    "limit.withhold": "提供しない",
}


def verified(config: ReceptionConfig | None = None, birth: date = ADULT, one_by_one: bool = True):
    """A resident who proved who they are with the PIN; ``one_by_one``: past 包括同意, at the first
    consent screen."""
    kiosk = build_kiosk(config, eligibility=FakeEligibility(birth=birth))
    kiosk.slot.insert_resident("R002")
    kiosk.flow.send(Event.CARD_INSERTED)
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    if one_by_one and kiosk.flow.state is FlowState.CONSENT_BUNDLE:
        kiosk.flow.send(Event.CONSENT_EACH)
    return kiosk


def view(kiosk) -> ScreenView:
    return build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)


def screens_until_done(kiosk, agreed: bool = True) -> list[tuple[FlowState, ConsentItem | None]]:
    """Answer every question the same way; the (state, consent item) of each screen on the way."""
    seen = []
    while kiosk.flow.state in (FlowState.CONSENT, FlowState.PRESCRIPTION, FlowState.LIMIT):
        shown = view(kiosk)
        seen.append((shown.state, shown.consent_item))
        action = next(a for a in shown.actions if a.payload.get("agreed", True) is agreed)
        kiosk.flow.send(action.intent, **action.payload)
    return seen


def config(**options) -> ReceptionConfig:
    return ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH, **options)


def test_the_screens_come_in_the_leaflets_order_whatever_the_configured_order():
    kiosk = verified(config(consent_items=(ConsentItem.LIMIT, ConsentItem.CHECKUP, ConsentItem.SURGERY,
                                           ConsentItem.MEDICATION), prescription_screen=True))
    assert screens_until_done(kiosk) == [
        (FlowState.CONSENT, ConsentItem.MEDICATION), (FlowState.CONSENT, ConsentItem.SURGERY),
        (FlowState.CONSENT, ConsentItem.CHECKUP), (FlowState.PRESCRIPTION, None),
        (FlowState.LIMIT, ConsentItem.LIMIT)]
    assert kiosk.flow.state is FlowState.DONE
    assert table.CONSENT_ORDER + table.AT_DONE == tuple(ConsentItem)  # every item has its place


def test_the_words_are_the_leaflets():
    kiosk = verified(config(consent_items=tuple(ConsentItem)))
    first = view(kiosk)
    assert first.title.replace(" ", "") == LEAFLET["consent.title.medication"]
    assert first.body.replace(" ", "") == LEAFLET["consent.purpose"]
    assert [a.label for a in first.actions] == ["同意する", "同意しない"]
    for _ in range(2):  # surgery, then 特定健診
        kiosk.flow.send(Event.CONSENT_ANSWER, agreed=True)
    assert view(kiosk).title.replace(" ", "") == LEAFLET["consent.title.checkup"]
    kiosk.flow.send(Event.CONSENT_ANSWER, agreed=True)
    limit = view(kiosk)
    assert limit.state is FlowState.LIMIT
    assert limit.title.replace(" ", "") == LEAFLET["limit.question"]
    # 受付完了, then the 高額療養費 sentence, as the leaflet's screen 4 (its line has no full stop)
    assert limit.body.replace(" ", "") == LEAFLET["limit.title"] + "。" + LEAFLET["limit.body"]
    assert limit.spoken.replace(" ", "").startswith(LEAFLET["limit.title"])
    assert [a.label for a in limit.actions] == [LEAFLET["limit.provide"], LEAFLET["limit.withhold"]]


@pytest.mark.parametrize("state", [FlowState.CONSENT_BUNDLE, FlowState.CONSENT, FlowState.LIMIT])
def test_the_answers_are_of_equal_weight(state):
    kiosk = verified(one_by_one=state is not FlowState.CONSENT_BUNDLE)
    if state is FlowState.LIMIT:
        screens_until_done_but_limit(kiosk)
    assert kiosk.flow.state is state
    answers = view(kiosk).actions
    assert len(answers) == 2 and {a.primary for a in answers} == {True}


def screens_until_done_but_limit(kiosk) -> None:
    while kiosk.flow.state is FlowState.CONSENT:
        kiosk.flow.send(Event.CONSENT_ANSWER, agreed=True)


@pytest.mark.parametrize(("form", "birth", "asked", "decline"), [
    ("2024", ADULT, True, "同意しない"), ("2024", YOUNG, False, None),
    ("2021", ADULT, True, "同意しない・40歳未満"), ("2021", YOUNG, True, "同意しない・40歳未満")])
def test_the_checkup_screen_in_either_leaflets_form(form, birth, asked, decline):
    kiosk = verified(config(checkup_screen=form), birth=birth)
    kiosk.flow.send(Event.CONSENT_ANSWER, agreed=True)  # 診療・お薬情報
    shown = view(kiosk)
    assert (shown.consent_item is ConsentItem.CHECKUP) is asked
    if asked:
        assert shown.actions[-1].label == decline
        if form == "2021":
            assert shown.body.replace(" ", "") == LEAFLET["consent.body.checkup_2021"]
            assert "40歳以上" in shown.title and "特定健診情報" in shown.title


def test_the_bundle_names_what_it_covers_and_leaves_the_limit_to_its_own_screen():
    kiosk = verified(one_by_one=False)
    bundle = view(kiosk)
    assert bundle.state is FlowState.CONSENT_BUNDLE
    assert bundle.title.replace(" ", "") == LEAFLET["consent.bundle.title"]
    assert [a.intent for a in bundle.actions] == [Event.CONSENT_ALL, Event.CONSENT_EACH]
    assert "診療・お薬情報" in bundle.body and "健康情報（特定健診）" in bundle.body
    assert "手術以外の" in bundle.body  # surgery is off by default: the words say it is not included
    assert "限度額" not in bundle.body
    kiosk.flow.send(Event.CONSENT_ALL)
    assert [c.item for c in kiosk.flow.ctx.consents] == [ConsentItem.MEDICATION, ConsentItem.CHECKUP]
    assert kiosk.flow.state is FlowState.LIMIT  # 受付完了 still asks about 限度額


def test_with_surgery_enabled_the_bundle_says_it_includes_surgery():
    kiosk = verified(config(consent_items=(ConsentItem.MEDICATION, ConsentItem.SURGERY, ConsentItem.CHECKUP)),
                     one_by_one=False)
    assert "手術を 含む" in view(kiosk).body


@pytest.mark.parametrize("items", [(ConsentItem.MEDICATION,), (ConsentItem.MEDICATION, ConsentItem.LIMIT)])
def test_no_bundle_for_a_single_question(items):
    assert verified(config(consent_items=items), one_by_one=False).flow.state is FlowState.CONSENT


def test_taking_the_card_on_the_done_screen_withholds_the_limit_and_records_the_visit():
    kiosk = verified(one_by_one=False)
    kiosk.flow.send(Event.CONSENT_ALL)
    kiosk.slot.remove()
    kiosk.flow.send(Event.CARD_REMOVED)
    assert kiosk.flow.state is FlowState.IDLE
    result = kiosk.store.results[0]
    assert {c.item: c.agreed for c in result.consents} == {ConsentItem.MEDICATION: True, ConsentItem.CHECKUP: True,
                                                           ConsentItem.LIMIT: False}
    assert result.answer.qualifications[0].limit_category is None  # not shared without the consent


def test_walking_away_from_the_done_screen_withholds_the_limit():
    kiosk = verified(one_by_one=False)
    kiosk.flow.send(Event.CONSENT_ALL)
    kiosk.flow.send(Event.TIMEOUT)
    assert kiosk.flow.state is FlowState.DONE and kiosk.flow.ctx.error_code == ""
    assert kiosk.store.results[0].consents[-1].item is ConsentItem.LIMIT
    assert not kiosk.store.results[0].consents[-1].agreed


def test_the_done_screen_sums_up_what_was_shared():
    kiosk = verified()
    kiosk.flow.send(Event.CONSENT_ANSWER, agreed=True)
    kiosk.flow.send(Event.CONSENT_ANSWER, agreed=False)
    kiosk.flow.send(Event.CONSENT_ANSWER, agreed=True)
    done = view(kiosk)
    assert done.state is FlowState.DONE
    assert done.shared == ("提供する 情報", "診療・お薬情報", "限度額情報")
    assert done.withheld == ("提供しない 情報", "健康情報（特定健診）")
    assert all(line in done.spoken for line in done.shared + done.withheld)  # the voice reads it too


def test_the_checkup_screen_setting_is_checked(tmp_path):
    file, paths = tmp_path / "settings.toml", Paths(tmp_path / "d", tmp_path / "c", tmp_path / "l", tmp_path / "s")
    file.write_text('[reception]\ncheckup_screen = "2021"\n')
    assert load_settings(file, paths, environ={}).reception.checkup_screen == "2021"
    file.write_text('[reception]\ncheckup_screen = "2022"\n')
    with pytest.raises(ConfigError, match="reception.checkup_screen"):
        load_settings(file, paths, environ={})
