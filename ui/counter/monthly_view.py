"""What the supervisor's monthly dashboard window shows, as plain text (no Qt): built from a
``kiosk.store.monthly.MonthlyReport`` by :func:`monthly_view`, rendered by
``ui.counter.monthly_window.MonthlyWindow``. docs/monthly-dashboard.md describes the numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.store.monthly import MonthlyReport, RegistrationOutcomes

ISSUANCE_ROWS = ("①交付申請受付件数", "②交付前設定数", "③交付通知書送付数", "④交付枚数（全窓口）")
GAP_ROWS = ("①−② 交付前設定待ち", "②−③ 交付通知書送付待ち", "③−④ 受け取り待ち")
SCOPE_NOTE = ("①②③は市区町村全体の数です（窓口に結びつきません）。④は交付した窓口で数え、乖離は全体の数どうしの差です。"
              "同日登録：交付と同じ来庁で保険証利用登録をした人。年齢は交付日の年齢です。")
REGISTRATION_DESK_COLUMNS = ("窓口", "来所", "登録した", "登録済み", "申し込まず", "登録できず", "登録率")
REGISTRATION_DESK_TITLE = "利用登録支援窓口（カードをお持ちの方の保険証利用登録）"
REGISTRATION_NOTE = ("来所：手続きを終えた人の数（1回の来所で1件）。"
                     "登録率：登録した人 ÷（登録した＋申し込まず＋登録できず）。"
                     "登録済みだった人は手続きが要らないため除きます（該当がなければ「—」）。"
                     "カードを受け取った人の同日登録（交付状況の「同日登録」）は含みません。")
TOTAL = "合計"


@dataclass(frozen=True)
class TableView:
    """A read-only table: headings, rows of text, and which columns hold numbers (right-aligned)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()


@dataclass(frozen=True)
class MonthlyView:
    """The whole window: title, the scope sentence, the four big numbers, five tables, notes, and
    the two CSV exports (file name and text; the follow-up list holds names). ``registration_desks``:
    the registration support desks' visits by outcome, a 合計 row last for every desk."""

    title: str
    scope_note: str
    tiles: tuple[tuple[str, str], ...]
    issuance: TableView
    desks: TableView
    age_bands: TableView
    follow_up: TableView
    follow_up_title: str
    registration_desks: TableView
    registration_note: str
    notes: tuple[str, ...]
    csv_name: str
    csv_text: str
    follow_up_csv_name: str
    follow_up_csv_text: str


def number(n: int) -> str:
    """「1,234」; a negative gap keeps its sign (dates missing from the import)."""
    return f"{n:,}"


def rate(part: int, whole: int) -> str:
    """「62.5%」, or 「—」 without a whole."""
    return f"{100 * part / whole:.1f}%" if whole else "—"


def outcome_cells(desk: str, outcomes: RegistrationOutcomes) -> tuple[str, ...]:
    """One row of the registration support desk table: visits, the four outcomes, the rate
    (registered of those who could register; 「—」 without any)."""
    return (desk, number(outcomes.visits), *map(number, outcomes.values()),
            rate(outcomes.registered, outcomes.could_register))


def monthly_view(report: MonthlyReport) -> MonthlyView:
    """The window's text for ``report``."""
    month = f"{report.month.year}年{report.month.month}月"
    scope = f"窓口 {report.desk}" if report.desk else "全窓口"
    counts, cumulative = report.counts, report.to_month_end
    issuance = tuple((label, number(now), number(total)) for label, now, total
                     in zip(ISSUANCE_ROWS, counts.values(), cumulative.values(), strict=True))
    gaps = tuple((label, number(now), number(total)) for label, now, total
                 in zip(GAP_ROWS, counts.gaps().values(), cumulative.gaps().values(), strict=True))
    desks = tuple((row.desk_id, number(row.cards_handed_over), number(row.registered),
                   number(row.cards_handed_over - row.registered), rate(row.registered, row.cards_handed_over),
                   number(row.face_cards)) for row in report.by_desk)
    bands = tuple((row.label, number(row.cards_handed_over), number(row.registered),
                   number(row.cards_handed_over - row.registered), rate(row.registered, row.cards_handed_over))
                  for row in report.age_bands)
    calls = tuple((row.application_id, row.name, row.name_kana, f"{row.handed_over_at:%m/%d %H:%M}", row.desk_id,
                   row.band_label) for row in report.follow_up)
    registration = [outcome_cells(row.desk_id, row.outcomes) for row in report.registration_desks]
    if report.desk is None:
        registration.append(outcome_cells(TOTAL, report.registration_total))
    notes = []
    if report.undated:
        notes.append(f"交付申請受付日のない申請が {number(report.undated)} 件あります（日付なしで取り込まれたもの）。"
                     "①〜③には数えられていません。")
    suffix = f"_{report.desk}" if report.desk else ""
    return MonthlyView(
        title=f"交付状況　{month}（{scope}）",
        scope_note=SCOPE_NOTE,
        tiles=tuple(zip(("①受付", "②交付前設定", "③通知書送付", "④交付"), map(number, counts.values()), strict=True)),
        issuance=TableView(("項目", "当月", "月末までの累計"), issuance + gaps, frozenset({1, 2})),
        desks=TableView(("窓口", "交付", "同日登録", "未登録", "登録率", "顔認証"), desks,
                        frozenset({1, 2, 3, 4, 5})),
        age_bands=TableView(("年齢", "交付", "同日登録", "未登録", "登録率"), bands,
                            frozenset({1, 2, 3, 4})),
        follow_up=TableView(("申請書ID", "氏名", "フリガナ", "交付日時", "窓口", "年齢"), calls),
        follow_up_title=f"後日連絡（保険証利用登録をしないで交付）{number(len(calls))} 人",
        registration_desks=TableView(REGISTRATION_DESK_COLUMNS, tuple(registration), frozenset(range(1, 7))),
        registration_note=REGISTRATION_NOTE,
        notes=tuple(notes),
        csv_name=f"交付状況_{report.month_text}{suffix}.csv",
        csv_text=report.to_csv(),
        follow_up_csv_name=f"後日連絡_{report.month_text}{suffix}.csv",
        follow_up_csv_text=report.follow_up_csv(),
    )
