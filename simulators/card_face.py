"""The front of a synthetic resident's My Number Card, and the desk scenes a document camera sees
(issue 14): what ``drivers.card_face.OcrCardFaceReader`` is tested and benchmarked against.

:func:`render_card` draws the 2016-design card face (spec §12) at :data:`PX_PER_MM`: on the left
氏名, 住所, the birth date in the Japanese era (「昭和55年 2月17日生」, 元年 for an era's first year)
with 性別 on the same line, the card's expiry 「2035年 2月17日まで有効」, the boxes for the
certificate-expiry stickers and 「個人番号カード」 with the mayor's title; on the right the face photo
the virtual chip holds (``simulators.card.images.card_photo``, the same bytes the card's EF 0002
carries) and under it the 4-digit security code. The My Number is never printed (it is on the back,
and the product never reads it: design "Lines we never cross" 2). Text is Noto CJK (Debian's
``fonts-noto-cjk``).

:func:`render_scene` lays that card on a desk in a 1280×960 RGB frame, in one of :data:`VARIATIONS`:

============== =================================================================================
clean          card flat, nearly square to the camera (±4°), even light
rotation       any angle in [-180°, 180°): upside-down and portrait included (the reader rights it)
perspective    the camera looks at the card at a slant: corners moved by up to 9 % of its width
blur           out of focus (Gaussian σ 0.9–1.7 px) or shaken (a 2–3 px motion streak)
glare          a bright reflection on the card, away from the three fields a reader needs
uneven_light   a strong light gradient and vignette, tinted
jpeg_noise     sensor noise (σ 5–9) and JPEG quality 22–45
fingers        one to three fingers over the card's edges, none over the fields read
unreadable     the fields are hidden: a thumb over the dates or the code, a washed-out glare on
               them, or so much blur that no digit survives — a reader must answer null
============== =================================================================================

:func:`random_resident` makes a new resident (never in the dataset) whose card follows the card
rules: born from 明治 to 令和 with extra weight on 元年 dates, era boundaries and 29 February,
issued on a day since :data:`~kiosk.card_face.fields.CARDS_SINCE` and not after ``today``, valid to
the 10th birthday after issue (5th if under 18 at issue).

Everything stays in memory; nothing here writes an image anywhere (design line 1).
"""

from __future__ import annotations

import io
import random
import re
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from kiosk.card.collation import ERAS, collation_number_b, era_of
from kiosk.card_face.fields import CARDS_SINCE
from kiosk.clock import SYSTEM_CLOCK
from simulators.card import images
from simulators.residents import (
    FAMILY,
    FAMILY_KANA,
    GIVEN,
    SEX_MALE,
    Resident,
    my_number_check_digit,
)

VARIATIONS = ("clean", "rotation", "perspective", "blur", "glare", "uneven_light", "jpeg_noise", "fingers",
              "unreadable")
"""Every scene :func:`render_scene` can draw; all but ``unreadable`` leave the three fields legible."""
READABLE = VARIATIONS[:-1]
"""The variations on which a reader must find the collation number."""

FRAME_SIZE = (1280, 960)
CARD_MM = (85.60, 53.98)  # ISO/IEC 7810 ID-1
PX_PER_MM = 12
CARD_PX = (round(CARD_MM[0] * PX_PER_MM), round(CARD_MM[1] * PX_PER_MM))
FIELDS = ("birth", "expiry", "code")
"""Boxes of :attr:`CardFace.boxes` that hold what 照合番号B is made of."""

_REGULAR, _BOLD = images.CJK_FONTS[0], images.CJK_FONTS[0].replace("Regular", "Bold")
_INK = (38, 36, 40)
_LABEL_INK = (92, 88, 96)


@dataclass(frozen=True)
class CardFace:
    """A rendered card front: ``image`` H×W×3 RGB uint8 (:data:`CARD_PX`), what was printed, and the
    pixel boxes ``(left, top, right, bottom)`` of the printed fields (``birth``, ``expiry``, ``code``,
    ``name``, ``address``, ``photo``)."""

    image: np.ndarray
    lines: dict[str, str]
    boxes: dict[str, tuple[int, int, int, int]]


def expected_collation_b(resident: Resident) -> str:
    """照合番号B of ``resident``'s card, as the virtual chip holds it (``collation_number_b``)."""
    return collation_number_b(resident.birth_date, resident.card_expiry, resident.security_code)


# -- the card face ------------------------------------------------------------------------------

@lru_cache(maxsize=32)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_BOLD if bold else _REGULAR, size)


def _mm(value: float) -> int:
    return round(value * PX_PER_MM)


def _two(number: int, padded: bool) -> str:
    return f"{number:>2}" if padded else str(number)


def birth_line(birth: date, *, padded: bool = True) -> str:
    """「昭和55年 2月17日生」: era, era year (元年 for 1), month and day, single digits space-padded."""
    era, year = era_of(birth)
    year_text = "元" if year == 1 else _two(year, padded)
    return f"{era}{year_text}年{_two(birth.month, padded)}月{_two(birth.day, padded)}日生"


def expiry_line(expiry: date, *, padded: bool = True) -> str:
    """「2035年 2月17日まで有効」."""
    return f"{expiry.year}年{_two(expiry.month, padded)}月{_two(expiry.day, padded)}日まで有効"


def mayor_title(address: str) -> str:
    """「○○市長」 (or 区長, 町長, 村長) of the municipality an address names; 東京都 wards have 区長."""
    found = re.match(r"^(?:東京都|北海道|(?:京都|大阪)府|.{2,3}県)(.+?[市区町村])", address)
    return f"{found.group(1)}長" if found else "市長"


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    lines, line = [], ""
    for char in text:
        if font.getlength(line + char) > width:
            lines.append(line)
            line = ""
        line += char
    lines.append(line)
    return lines[:max_lines]


def _photo(resident: Resident, size: tuple[int, int]) -> Image.Image:
    encoded = images.card_photo(resident.photo_path(), zlib.crc32(resident.id.encode()))
    with Image.open(io.BytesIO(encoded)) as photo:
        return photo.convert("RGB").resize(size, Image.Resampling.LANCZOS)


def _background(rng: random.Random) -> Image.Image:
    """Pale tint with fine wavy lines, as printed security backgrounds are."""
    width, height = CARD_PX[0] // 2, CARD_PX[1] // 2  # drawn at half size: a smooth pattern
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    phase = rng.uniform(0, 6.3)
    waves = 0.5 + 0.5 * np.sin(xs / 4.5 + 6 * np.sin(ys / 35.0 + phase))
    tint = np.array([246, 243, 238], np.float32) - np.array([10, 14, 6], np.float32) * (xs / width)[..., None]
    base = tint - 7 * waves[..., None] * np.array([0.6, 1.0, 0.4], np.float32)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8)).resize(CARD_PX, Image.Resampling.BILINEAR)


def _text(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, font: ImageFont.FreeTypeFont,
          fill: tuple[int, int, int] = _INK) -> tuple[int, int, int, int]:
    draw.text(xy, text, font=font, fill=fill)
    left, top, right, bottom = draw.textbbox(xy, text, font=font)
    return int(left), int(top), int(right), int(bottom)


def render_card(resident: Resident, *, padded: bool = True, seed: int = 0) -> CardFace:
    """Draw ``resident``'s card front (spec §12) at :data:`PX_PER_MM`.

    :param padded: space-pad single-digit era years, months and days, as the issued cards do
        (「平成 5年 3月 1日生」); False prints 「平成5年3月1日生」.
    :param seed: varies the printed background pattern only.
    """
    card = _background(random.Random(seed))  # noqa: S311 - a printed pattern, not a secret
    draw = ImageDraw.Draw(card)
    label = _font(_mm(1.9))
    text = _font(_mm(2.9))
    boxes: dict[str, tuple[int, int, int, int]] = {}
    lines = {"birth": birth_line(resident.birth_date, padded=padded),
             "expiry": expiry_line(resident.card_expiry, padded=padded),
             "code": resident.security_code, "sex": "男" if resident.sex == SEX_MALE else "女",
             "mayor": mayor_title(resident.address)}
    left, column = _mm(3.5), _mm(11)
    width = _mm(57) - column

    _text(draw, (left, _mm(4.6)), "氏名", label, _LABEL_INK)
    name_size = _mm(4.6)
    while _font(name_size).getlength(resident.name) > width and name_size > _mm(3):
        name_size -= 2
    boxes["name"] = _text(draw, (column, _mm(3.2)), resident.name, _font(name_size))
    lines["name"] = resident.name

    _text(draw, (left, _mm(11.6)), "住所", label, _LABEL_INK)
    address = _wrap(resident.address, text, width, 3)
    for row, content in enumerate(address):
        box = _text(draw, (column, _mm(11.0 + 4.0 * row)), content, text)
        boxes["address"] = (column, _mm(11.0), max(boxes.get("address", box)[2], box[2]), box[3])
    lines["address"] = "\n".join(address)

    birth_y = _mm(24.2)
    _text(draw, (left, birth_y + _mm(0.6)), "生年月日", _font(_mm(1.6)), _LABEL_INK)
    boxes["birth"] = _text(draw, (column, birth_y), lines["birth"], text)
    sex_x = boxes["birth"][2] + _mm(3.5)
    _text(draw, (sex_x, birth_y + _mm(0.6)), "性別", label, _LABEL_INK)
    _text(draw, (sex_x + _mm(4.8), birth_y), lines["sex"], text)

    expiry_y = _mm(29.4)
    draw.rounded_rectangle((left - _mm(0.8), expiry_y - _mm(0.6), _mm(50), expiry_y + _mm(3.9)), radius=_mm(0.8),
                           fill=(232, 238, 230))
    boxes["expiry"] = _text(draw, (column, expiry_y), lines["expiry"], text)

    sticker_top = _mm(35.2)
    _text(draw, (left, sticker_top), "電子証明書の有効期限の記載欄", _font(_mm(1.5)), _LABEL_INK)
    for index in range(3):
        x = left + index * _mm(17)
        draw.rectangle((x, sticker_top + _mm(2.4), x + _mm(15.5), sticker_top + _mm(7.2)), outline=_LABEL_INK,
                       width=2)

    _text(draw, (left, _mm(46.6)), "個人番号カード", _font(_mm(3.4), bold=True), (30, 60, 110))
    _text(draw, (_mm(41), _mm(47.6)), lines["mayor"], _font(_mm(2.3)))

    photo_box = (_mm(61.5), _mm(5.5), _mm(81.5), _mm(30.5))
    card.paste(_photo(resident, (photo_box[2] - photo_box[0], photo_box[3] - photo_box[1])), photo_box[:2])
    boxes["photo"] = photo_box
    code_font = _font(_mm(2.5))
    code_x = (photo_box[0] + photo_box[2]) // 2 - int(code_font.getlength(resident.security_code)) // 2
    boxes["code"] = _text(draw, (code_x, photo_box[3] + _mm(1.3)), resident.security_code, code_font)
    return CardFace(np.asarray(card), lines, boxes)


# -- random residents ---------------------------------------------------------------------------

_PREFECTURES = (("東京都", ("千代田区", "新宿区", "世田谷区", "八王子市", "町田市")),
                ("北海道", ("札幌市中央区", "旭川市", "函館市", "ニセコ町")),
                ("大阪府", ("大阪市北区", "堺市堺区", "豊中市", "島本町")),
                ("京都府", ("京都市左京区", "宇治市", "舞鶴市")),
                ("神奈川県", ("横浜市中区", "川崎市幸区", "鎌倉市", "箱根町")),
                ("愛知県", ("名古屋市中区", "豊田市", "岡崎市")),
                ("福岡県", ("福岡市中央区", "北九州市小倉北区", "久留米市")),
                ("長野県", ("長野市", "松本市", "南牧村")),
                ("沖縄県", ("那覇市", "石垣市", "北谷町")),
                ("鹿児島県", ("鹿児島市", "霧島市", "屋久島町")))
_TOWNS = ("本町", "中央", "栄町", "緑が丘", "桜台", "東雲", "大手町", "元町", "旭町", "若葉")
_KANJI_NUMBERS = "一二三四五六七八九"
_BUILDINGS = ("", "", "", "　メゾン桜台１０２号室", "　グリーンハイツ３０５", "　コーポ若葉２０１号",
              "　サンシャインマンション東棟１２階１２０８号室")


def _full_width(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def random_address(rng: random.Random) -> str:
    """A plausible address: prefecture, municipality, town, 丁目 and 番地 (full-width digits)."""
    prefecture, cities = rng.choice(_PREFECTURES)
    return (f"{prefecture}{rng.choice(cities)}{rng.choice(_TOWNS)}{rng.choice(_KANJI_NUMBERS)}丁目"
            f"{_full_width(rng.randrange(1, 40))}番{_full_width(rng.randrange(1, 30))}号{rng.choice(_BUILDINGS)}")


def _special_birth_dates(today: date) -> list[date]:
    """Era boundaries (last day of one era, first day — 元年 — of the next) and 29 February."""
    days = []
    for start, _ in ERAS[:-1]:
        days += [start - timedelta(days=1), start, start + timedelta(days=1)]
        days.append(date(start.year, 12, 31))  # still 元年
    days += [date(year, 2, 29) for year in range(1908, today.year, 4)]
    return [day for day in days if day < today - timedelta(days=30)]


def random_birth_date(rng: random.Random, today: date) -> date:
    """Uniform from 1905 (明治38年) to a month ago; one time in four an era boundary, a 元年 day or
    29 February."""
    special = _special_birth_dates(today)
    if rng.random() < 0.25:
        return rng.choice(special)
    first, last = date(1905, 1, 1), today - timedelta(days=30)
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def random_resident(rng: random.Random, today: date | None = None) -> Resident:
    """A new synthetic resident with a card issued on or before ``today`` (default: the real today),
    never one of the dataset's.

    The card is issued between :data:`CARDS_SINCE` (and two weeks after birth) and ``today``, so its
    expiry (``Resident.card_expiry``) is the 10th birthday after issue, or the 5th for a minor.
    """
    today = today or SYSTEM_CLOCK.today()
    birth = random_birth_date(rng, today)
    first_issue = max(CARDS_SINCE, birth + timedelta(days=14))
    issued = first_issue + timedelta(days=rng.randrange((today - first_issue).days + 1))
    family = rng.randrange(len(FAMILY))
    given, given_kana, sex = rng.choice(GIVEN)
    eleven = f"{rng.randrange(10**10, 10**11):011d}"
    return Resident(
        id=f"X{rng.randrange(16**8):08x}", name=f"{FAMILY[family]}\u3000{given}",
        kana=f"{FAMILY_KANA[family]} {given_kana}", address=random_address(rng), birth_date=birth, sex=sex,
        card_issued=issued, security_code=f"{rng.randrange(10000):04d}",
        my_number=eleven + str(my_number_check_digit(eleven)), auth_pin=None, sign_password=None,
        insurance_registered=False, tags=("random",))


# -- the scene ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scene:
    """A rendered frame and what it shows: the card's corners in the frame (top-left, top-right,
    bottom-right, bottom-left of the card as printed) and the variation."""

    image: np.ndarray
    corners: np.ndarray
    variation: str


def _desk(rng: random.Random) -> np.ndarray:
    """Wood grain or a plain mat, drawn at half size (it is smooth) and scaled up."""
    width, height = FRAME_SIZE[0] // 2, FRAME_SIZE[1] // 2
    base = np.array(rng.choice([(92, 64, 44), (120, 86, 58), (70, 70, 74), (45, 48, 52), (110, 104, 96),
                                (60, 44, 36)]), np.float32)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = rng.uniform(0, np.pi)
    along = xs * np.cos(angle) + ys * np.sin(angle)
    grain = np.sin(along / rng.uniform(3, 10) + 3 * np.sin(along / 90.0)) * rng.uniform(4, 12)
    noise = _noise((height, width), 6, rng)
    small = base + cv2.GaussianBlur(grain + noise, (0, 0), 1)[..., None]
    return cv2.resize(small, FRAME_SIZE, interpolation=cv2.INTER_LINEAR)


def _noise(shape: tuple[int, ...], sigma: float, rng: random.Random) -> np.ndarray:
    """Gaussian noise; cv2.randn fills one channel of a multi-channel array, so it fills a flat one."""
    noise = np.empty((int(np.prod(shape)), 1), np.float32)
    cv2.setRNGSeed(rng.randrange(2**31))
    cv2.randn(noise, np.zeros(1), np.full(1, sigma))
    return noise.reshape(shape)


def _rounded_mask(size: tuple[int, int], radius: int) -> np.ndarray:
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=radius, fill=255)
    return np.asarray(mask, np.float32) / 255


def _placement(rng: random.Random, variation: str, width: int, height: int) -> np.ndarray:
    """Frame coordinates of the card's corners (TL, TR, BR, BL) for a card ``width`` px wide."""
    if variation == "rotation":
        angle = rng.uniform(-180, 180)
    else:
        angle = rng.uniform(-4, 4) if variation == "clean" else rng.uniform(-8, 8)
    corners = np.array([[-width / 2, -height / 2], [width / 2, -height / 2], [width / 2, height / 2],
                        [-width / 2, height / 2]], np.float32)
    jitter = 0.09 if variation == "perspective" else 0.012
    corners += np.array([[rng.uniform(-jitter, jitter) * width for _ in range(2)] for _ in range(4)], np.float32)
    theta = np.deg2rad(angle)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], np.float32)
    corners = corners @ rotation.T
    span = corners.max(axis=0) - corners.min(axis=0)
    margin = 20
    centre = [rng.uniform(margin + span[i] / 2, FRAME_SIZE[i] - margin - span[i] / 2) for i in range(2)]
    return (corners + np.array(centre, np.float32)).astype(np.float32)


def _project(matrix: np.ndarray, box: tuple[int, int, int, int], scale: float) -> np.ndarray:
    """The corners of a card-pixel ``box``, drawn ``scale`` times smaller, in the frame."""
    left, top, right, bottom = (value * scale for value in box)
    points = np.array([[[left, top]], [[right, top]], [[right, bottom]], [[left, bottom]]], np.float32)
    return cv2.perspectiveTransform(points, matrix).reshape(-1, 2)


def _glare(frame: np.ndarray, rng: random.Random, centre: np.ndarray, radius: float, strength: float) -> None:
    height, width = frame.shape[:2]
    ys, xs = np.ogrid[0:height, 0:width]
    squash = rng.uniform(0.4, 1.0)
    d2 = ((xs - centre[0]) ** 2 + ((ys - centre[1]) / squash) ** 2) / radius**2
    frame += (strength * np.exp(-d2 * 2.5))[..., None] * np.array([1.0, 1.0, 0.97], np.float32)


def _finger(frame: np.ndarray, rng: random.Random, base: np.ndarray, tip: np.ndarray, thickness: float) -> None:
    """A finger from ``base`` (off the card) to ``tip``: skin tone, rounded, shaded, with a nail."""
    height, width = frame.shape[:2]
    mask = np.zeros((height, width), np.uint8)
    cv2.line(mask, tuple(int(v) for v in base), tuple(int(v) for v in tip), 255, int(thickness))
    cv2.circle(mask, tuple(int(v) for v in tip), int(thickness / 2), 255, -1)
    depth = cv2.distanceTransform(mask, cv2.DIST_L2, 5)
    shade = np.clip(depth / (thickness / 2), 0, 1) ** 0.5
    skin = np.array(rng.choice([(224, 172, 140), (198, 140, 104), (236, 196, 170), (170, 116, 84)]), np.float32)
    colour = (0.55 + 0.45 * shade)[..., None] * skin
    inside = (mask > 0)[..., None]
    np.copyto(frame, colour, where=inside)
    direction = (tip - base) / max(1e-6, float(np.linalg.norm(tip - base)))
    nail_centre = tip - direction * thickness * 0.45
    angle = float(np.degrees(np.arctan2(direction[1], direction[0])))
    cv2.ellipse(frame, (int(nail_centre[0]), int(nail_centre[1])), (int(thickness * 0.35), int(thickness * 0.28)),
                angle, 0, 360, tuple(float(c) for c in np.minimum(skin * 1.12, 255)), -1, cv2.LINE_AA)


def _segments_hit(polygon: np.ndarray, base: np.ndarray, tip: np.ndarray, thickness: float) -> bool:
    """Whether a finger from ``base`` to ``tip`` comes within reach of the quadrilateral ``polygon``."""
    for t in np.linspace(0, 1, 24):
        point = base + (tip - base) * t
        inside = cv2.pointPolygonTest(polygon.astype(np.float32), (float(point[0]), float(point[1])), True)
        if inside > -thickness * 0.75:
            return True
    return False


def _fingers(frame: np.ndarray, rng: random.Random, corners: np.ndarray, avoid: list[np.ndarray],
             target: list[np.ndarray] | None = None) -> None:
    """One to three fingers reaching over the card's edges (``target``: over those boxes instead)."""
    width_px = float(np.linalg.norm(corners[1] - corners[0]))
    count = 1 if target else rng.randrange(1, 4)
    placed = tries = 0
    centre = corners.mean(axis=0)
    while placed < count and tries < 60:
        tries += 1
        thickness = width_px * rng.uniform(0.09, 0.13)
        if target:
            box = target[placed % len(target)]
            tip = box.mean(axis=0) + np.array([rng.uniform(-8, 8), rng.uniform(-8, 8)], np.float32)
            thickness = max(thickness, float(np.ptp(box[:, 1])) * 1.8)
        else:
            edge = rng.randrange(4)
            a, b = corners[edge], corners[(edge + 1) % 4]
            on_edge = a + (b - a) * rng.uniform(0.1, 0.9)
            tip = on_edge + (centre - on_edge) * rng.uniform(0.06, 0.25)
        outward = tip - centre
        outward /= max(1e-6, float(np.linalg.norm(outward)))
        outward = outward + np.array([rng.uniform(-0.5, 0.5), rng.uniform(-0.5, 0.5)], np.float32)
        base = tip + outward * 2000
        if not target and any(_segments_hit(box, base, tip, thickness) for box in avoid):
            continue
        _finger(frame, rng, base, tip, thickness)
        placed += 1


def render_scene(resident: Resident, variation: str, rng: random.Random) -> np.ndarray:
    """A 1280×960 RGB uint8 frame: ``resident``'s card on a desk under a document camera."""
    return scene(resident, variation, rng).image


def scene(resident: Resident, variation: str, rng: random.Random) -> Scene:
    """:func:`render_scene` with the card's corners in the frame (see :class:`Scene`).

    :raises ValueError: ``variation`` is not one of :data:`VARIATIONS`.
    """
    if variation not in VARIATIONS:
        raise ValueError(f"unknown variation {variation!r}; choose one of {', '.join(VARIATIONS)}")
    face = render_card(resident, padded=rng.random() < 0.75, seed=rng.randrange(1000))
    scale = rng.uniform(0.44, 0.54) if variation == "rotation" else rng.uniform(0.52, 0.64)
    width = int(FRAME_SIZE[0] * scale)
    height = round(width * CARD_PX[1] / CARD_PX[0])
    small = cv2.resize(face.image, (width, height), interpolation=cv2.INTER_AREA)
    alpha = _rounded_mask((width, height), round(3.18 / CARD_MM[0] * width))
    corners = _placement(rng, variation, width, height)
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    size = FRAME_SIZE
    card = cv2.warpPerspective(small.astype(np.float32), matrix, size, flags=cv2.INTER_LINEAR)
    cover = cv2.warpPerspective(alpha, matrix, size, flags=cv2.INTER_LINEAR)[..., None]
    frame = _desk(rng)
    shadow = cv2.GaussianBlur(np.roll(cover[..., 0], (9, 6), axis=(0, 1)), (0, 0), 8)[..., None]
    frame = frame * (1 - 0.45 * shadow)
    frame = frame * (1 - cover) + card * cover
    card_scale = width / CARD_PX[0]
    fields = [_project(matrix, face.boxes[name], card_scale) for name in FIELDS]
    _vary(frame, rng, variation, corners, fields, card_scale)
    return Scene(_finish(frame, rng, variation), corners, variation)


def _vary(frame: np.ndarray, rng: random.Random, variation: str, corners: np.ndarray, fields: list[np.ndarray],
          card_scale: float) -> None:
    """Lighting and occlusions, in place on the float frame."""
    height, width = frame.shape[:2]
    frame *= rng.uniform(0.85, 1.05)
    if variation == "glare":
        field_points = np.concatenate(fields)
        for _ in range(50):
            centre = corners.mean(axis=0) + (corners[rng.randrange(4)] - corners.mean(axis=0)) * rng.uniform(0, 0.9)
            radius = float(np.linalg.norm(corners[1] - corners[0])) * rng.uniform(0.12, 0.2)
            if np.min(np.linalg.norm(field_points - centre, axis=1)) > radius * 1.1:
                break
        _glare(frame, rng, centre, radius, rng.uniform(120, 220))
    elif variation == "uneven_light":
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        angle = rng.uniform(0, 2 * np.pi)
        ramp = (xs * np.cos(angle) + ys * np.sin(angle)) / np.hypot(width, height)
        ramp = (ramp - ramp.min()) / np.ptp(ramp)
        light = rng.uniform(0.3, 0.45) + rng.uniform(0.55, 0.75) * ramp
        vignette = 1 - 0.35 * (((xs - width / 2) / width) ** 2 + ((ys - height / 2) / height) ** 2) * 2
        tint = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.86, 1.0)], np.float32)
        frame *= (light * vignette)[..., None] * tint
    elif variation == "fingers":
        _fingers(frame, rng, corners, fields)
    elif variation == "unreadable":
        _hide_fields(frame, rng, corners, fields)


def _hide_fields(frame: np.ndarray, rng: random.Random, corners: np.ndarray, fields: list[np.ndarray]) -> None:
    how = rng.choice(("thumb-dates", "thumb-code", "washout", "blur"))
    if how == "thumb-dates":
        _fingers(frame, rng, corners, [], target=[np.concatenate(fields[:2])])
    elif how == "thumb-code":
        _fingers(frame, rng, corners, [], target=[fields[2]])
    elif how == "washout":
        for box in fields:
            _glare(frame, rng, box.mean(axis=0), float(np.ptp(box[:, 0])) * 0.9, 900)
    else:
        frame[:] = cv2.GaussianBlur(frame, (0, 0), rng.uniform(6, 9))


def _jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    """``image`` (RGB) JPEG-encoded at ``quality`` and decoded again, in memory."""
    _, encoded = cv2.imencode(".jpg", cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    decoded = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    if decoded is None:
        raise RuntimeError("OpenCV could not decode the JPEG it encoded")
    return np.asarray(cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB))


def _finish(frame: np.ndarray, rng: random.Random, variation: str) -> np.ndarray:
    """Optics and sensor: blur, noise, JPEG; back to uint8."""
    sigma = rng.uniform(0.9, 1.7) if variation == "blur" else 0.6
    if variation == "blur" and rng.random() < 0.4:
        length = rng.randrange(2, 4)
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1 / length
        centre = (length / 2 - 0.5, length / 2 - 0.5)
        kernel = np.asarray(cv2.warpAffine(kernel, cv2.getRotationMatrix2D(centre, rng.uniform(0, 180), 1),
                                           (length, length)))
        frame = np.asarray(cv2.filter2D(frame, -1, kernel / kernel.sum()))
    else:
        frame = cv2.GaussianBlur(frame, (0, 0), sigma)
    noise_sigma = rng.uniform(5, 9) if variation == "jpeg_noise" else 1.5
    frame = frame + _noise(frame.shape, noise_sigma, rng)
    image = np.clip(frame, 0, 255).astype(np.uint8)
    if variation == "jpeg_noise":
        quality = rng.randrange(22, 46)
        image = _jpeg(image, quality)
    return image
