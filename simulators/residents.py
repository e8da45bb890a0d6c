"""Synthetic residents who personalise virtual cards (issue 2 §6).

Fifty-odd people, ages 0–100, with the cases a kiosk meets: rare kanji outside the BMP, long
addresses, an expired 利用者証明用電子証明書, a blocked PIN, a 顔認証マイナンバーカード with no PINs,
cards not yet registered for insurance use, children without a signing certificate. Dates are
computed from ``today`` so that the dataset never ages: a valid certificate stays valid.

Every number here is synthetic; My Numbers carry a valid check digit but belong to nobody.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TypedDict

from kiosk.clock import SYSTEM_CLOCK
from simulators.fixtures import face_fixture

SEX_MALE, SEX_FEMALE = "1", "2"


@dataclass(frozen=True)
class Insurance:
    """The resident's health-insurance record, for the eligibility simulator (issue 4)."""

    insurer_number: str  # 保険者番号, 8 digits (6 for 国保)
    symbol: str  # 記号
    number: str  # 番号
    branch: str  # 枝番: a string, leading zeros kept
    copay_percent: int  # 負担割合
    limit_category: str  # 限度額適用区分 A01–A06 / B01–B10
    validity: str = "有効"  # 有効 / 無効 / 無効・新しい資格あり / 該当資格なし / 複数該当


@dataclass(frozen=True)
class Resident:
    """One synthetic resident and the card issued to them."""

    id: str
    name: str  # family U+3000 given
    kana: str
    address: str
    birth_date: date
    sex: str
    card_issued: date
    security_code: str
    my_number: str
    auth_pin: str | None  # None: 顔認証マイナンバーカード (no PINs)
    sign_password: str | None  # None: no signing certificate (under 15, or face card)
    auth_pin_tries: int = 3
    insurance_registered: bool = True
    insurance: Insurance | None = None
    photo: str | None = None  # file name in the shared face fixtures
    tags: tuple[str, ...] = field(default=())

    @property
    def face_card(self) -> bool:
        """A 顔認証マイナンバーカード: the card has no PINs."""
        return self.auth_pin is None

    def age(self, on: date) -> int:
        """Age in full years on the day ``on``."""
        return on.year - self.birth_date.year - ((on.month, on.day) < (self.birth_date.month, self.birth_date.day))

    @property
    def card_expiry(self) -> date:
        """10th birthday after issue (18+ at issue), 5th for minors."""
        years = 10 if self.age(self.card_issued) >= 18 else 5
        return nth_birthday_after(self.birth_date, self.card_issued, years)

    @property
    def auth_cert_expiry(self) -> date:
        """利用者証明用電子証明書: 5th birthday after issue (spec "Cert lifetime")."""
        return nth_birthday_after(self.birth_date, self.card_issued, 5)

    def photo_path(self) -> Path | None:
        """The fixture photo on this machine, or None (a placeholder is drawn instead)."""
        return face_fixture(self.photo) if self.photo else None


def birthday_in(birth: date, year: int) -> date:
    """The birthday in ``year``; 29 February becomes 28 February in common years (our choice)."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def nth_birthday_after(birth: date, issued: date, n: int) -> date:
    """The ``n``-th birthday strictly after ``issued`` (how card and certificate expiry are counted)."""
    first = birthday_in(birth, issued.year)
    if first <= issued:
        first = birthday_in(birth, issued.year + 1)
    return birthday_in(birth, first.year + n - 1)


def my_number_check_digit(eleven: str) -> int:
    """Check digit of a 個人番号 (総務省令 第5条)."""
    total = 0
    for n, digit in enumerate(reversed(eleven), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(digit) * q
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def _years_ago(today: date, years: int, days: int) -> date:
    return birthday_in(today, today.year - years) - timedelta(days=days)


FAMILY = ["𠮷田", "髙橋", "山﨑", "渡邉", "齋藤", "栁田", "濵田", "德永", "櫻井", "廣瀬", "佐藤", "鈴木",
          "田中", "伊藤", "中村", "小林", "加藤", "山本", "松本", "井上", "木村", "林", "清水", "森",
          "池田", "橋本", "石川", "前田", "藤田", "岡田", "後藤", "長谷川", "村上", "近藤", "坂本"]
FAMILY_KANA = ["ヨシダ", "タカハシ", "ヤマサキ", "ワタナベ", "サイトウ", "ヤナギダ", "ハマダ", "トクナガ",
               "サクライ", "ヒロセ", "サトウ", "スズキ", "タナカ", "イトウ", "ナカムラ", "コバヤシ", "カトウ",
               "ヤマモト", "マツモト", "イノウエ", "キムラ", "ハヤシ", "シミズ", "モリ", "イケダ", "ハシモト",
               "イシカワ", "マエダ", "フジタ", "オカダ", "ゴトウ", "ハセガワ", "ムラカミ", "コンドウ", "サカモト"]
GIVEN = [("ハナ", "はな", SEX_FEMALE), ("太郎", "タロウ", SEX_MALE), ("花子", "ハナコ", SEX_FEMALE),
         ("一郎", "イチロウ", SEX_MALE), ("美穂", "ミホ", SEX_FEMALE), ("健", "ケン", SEX_MALE),
         ("さくら", "サクラ", SEX_FEMALE), ("翔", "ショウ", SEX_MALE), ("トメ", "トメ", SEX_FEMALE),
         ("清", "キヨシ", SEX_MALE), ("千代", "チヨ", SEX_FEMALE), ("茂", "シゲル", SEX_MALE)]
PLACES = ["東京都千代田区霞が関一丁目２番２号", "大阪府大阪市北区中之島一丁目３番２０号",
          "北海道札幌市中央区北一条西二丁目１番地", "福岡県福岡市中央区天神一丁目８番１号",
          "沖縄県那覇市泉崎一丁目１番１号", "愛知県名古屋市中区三の丸三丁目１番１号",
          "宮城県仙台市青葉区国分町三丁目７番１号", "広島県広島市中区国泰寺町一丁目６番３４号"]
LONG_TAIL = "　グランドメゾン霞が関ステーションフロントタワーレジデンス東棟２３階２３０１号室（管理人室気付）"
LIMIT_CATEGORIES = ["A01", "A02", "A03", "A04", "A05", "A06"] + [f"B{n:02d}" for n in range(1, 11)]


class _Special(TypedDict, total=False):
    """What sets a resident of the dataset apart (absent keys: an ordinary resident)."""

    tags: tuple[str, ...]
    expired: bool  # the 利用者証明用電子証明書 has expired
    face_card: bool  # 顔認証マイナンバーカード: no PINs
    unregistered: bool  # not registered for insurance use
    long_address: bool
    auth_pin_tries: int
    validity: str  # Insurance.validity


def _insurance(rng: random.Random, age: int, index: int) -> Insurance:
    if age >= 75:
        insurer, copay = f"39{rng.randrange(130000, 139999)}", 10
    elif rng.random() < 0.5:
        insurer, copay = f"{rng.randrange(130000, 139999)}", 30  # 国保: 6 digits
    else:
        insurer, copay = f"06{rng.randrange(130000, 139999)}", 30
    if age < 6:
        copay = 20
    elif 70 <= age < 75:
        copay = 20
    return Insurance(insurer, f"{rng.randrange(1, 9999):04d}", f"{rng.randrange(1, 999999)}",
                     f"{index % 3:02d}", copay, rng.choice(LIMIT_CATEGORIES))


def build_residents(today: date) -> list[Resident]:
    """The dataset as of ``today`` (deterministic for a given day)."""
    rng = random.Random(20261123)  # noqa: S311 - synthetic data, reproducible on purpose
    specials: list[tuple[int, int, int, str | None, _Special]] = [
        # (age, family index, given index, photo, options)
        (82, 0, 9, "lin_manuel_miranda_1.png", {"tags": ("rare-kanji", "elderly", "video-match")}),
        (64, 10, 1, "obama_1.jpg", {"tags": ("fixture-face",)}),
        (83, 11, 1, "biden_1.jpg", {"tags": ("fixture-face", "elderly")}),
        (71, 1, 2, None, {"auth_pin_tries": 0, "tags": ("blocked-pin", "rare-kanji")}),
        (58, 2, 3, None, {"expired": True, "tags": ("expired-cert", "rare-kanji")}),
        (90, 3, 10, None, {"face_card": True, "tags": ("face-card", "rare-kanji", "elderly")}),
        (77, 4, 11, None, {"unregistered": True, "tags": ("unregistered", "rare-kanji", "elderly")}),
        (100, 5, 8, None, {"tags": ("centenarian", "rare-kanji")}),
        (0, 6, 6, None, {"tags": ("infant", "rare-kanji")}),
        (12, 7, 7, None, {"tags": ("child",)}),
        (45, 8, 4, None, {"long_address": True, "tags": ("long-address",)}),
        (39, 9, 5, None, {"auth_pin_tries": 1, "tags": ("one-try-left", "rare-kanji")}),
        (76, 12, 9, None, {"face_card": True, "unregistered": True, "tags": ("face-card", "unregistered")}),
        (40, 13, 4, None, {"tags": ("checkup-age",)}),
        (66, 14, 2, None, {"validity": "無効", "tags": ("insurance-invalid",)}),
        (52, 15, 3, None, {"validity": "無効・新しい資格あり", "tags": ("insurance-changed",)}),
        (33, 16, 6, None, {"validity": "該当資格なし", "tags": ("insurance-none",)}),
        (48, 17, 7, None, {"validity": "複数該当", "tags": ("insurance-multiple",)}),
    ]
    rows = list(specials)
    while len(rows) < 56:
        rows.append((rng.randrange(0, 101), rng.randrange(len(FAMILY)), rng.randrange(len(GIVEN)), None, {}))
    residents = []
    for index, (age, fam, giv, photo, options) in enumerate(rows, start=1):
        given, given_kana, sex = GIVEN[giv]
        birth = _years_ago(today, age, rng.randrange(1, 360))
        expired = options.get("expired", False)
        # Cards issued 1–3 years ago: the 5th birthday after issue is then still ahead.
        issued_years = rng.randrange(1, 4)
        issued = max(birth + timedelta(days=30), today - timedelta(days=365 * issued_years + rng.randrange(0, 200)))
        if expired:  # card issued at 40+, so the card itself is still valid
            issued = today - timedelta(days=365 * 6)
        age_at_issue = issued.year - birth.year
        face_card = options.get("face_card", False)
        pin = None if face_card else f"{rng.randrange(0, 10000):04d}"
        if pin in ("1234", "0000", "1111"):
            pin = "5821"
        sign = None if face_card or age_at_issue < 15 else f"KIOSK{rng.randrange(10, 99)}A"
        address = PLACES[index % len(PLACES)] + (LONG_TAIL if options.get("long_address") else "")
        eleven = f"{rng.randrange(10**10, 10**11):011d}"
        insurance = _insurance(rng, age, index)
        if "validity" in options:
            insurance = replace(insurance, validity=options["validity"])
        residents.append(Resident(
            id=f"R{index:03d}",
            name=f"{FAMILY[fam]}\u3000{given}",
            kana=f"{FAMILY_KANA[fam]} {given_kana}",
            address=address,
            birth_date=birth,
            sex=sex,
            card_issued=issued,
            security_code=f"{rng.randrange(0, 10000):04d}",
            my_number=eleven + str(my_number_check_digit(eleven)),
            auth_pin=pin,
            sign_password=sign,
            auth_pin_tries=options.get("auth_pin_tries", 3),
            insurance_registered=not options.get("unregistered", False),
            insurance=insurance,
            photo=photo,
            tags=options.get("tags", ()),
        ))
    return residents


@lru_cache(maxsize=4)
def _residents_on(today: date) -> tuple[Resident, ...]:
    return tuple(build_residents(today))


def all_residents(today: date | None = None) -> tuple[Resident, ...]:
    """The dataset as of ``today`` (default: the real today)."""
    return _residents_on(today or SYSTEM_CLOCK.today())


def resident(resident_id: str, today: date | None = None) -> Resident:
    """Look one resident up by id (``R001``)."""
    for person in all_residents(today):
        if person.id == resident_id:
            return person
    raise KeyError(f"no resident {resident_id}")
