"""Resident-facing text of the reception screens, by message id (issue 4; issue 6 §3).

Short sentences, one question per screen, the next step always named. Ids are stable: the
translations (``assets/i18n``), furigana and the voice key on them. A sentence is one entry —
never assembled from translated pieces — so each language can order its words its own way.
"""

from __future__ import annotations

from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup
from kiosk.messages import message_for_code

TEXTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("idle.title", "マイナンバーカードを 置いてください"),
    QT_TRANSLATE_NOOP("idle.body", "顔写真のある面を 上にして、読み取り機の 上に 置いてください。"),
    QT_TRANSLATE_NOOP("reading.title", "カードを 読み取っています"),
    QT_TRANSLATE_NOOP("reading.body", "カードを 動かさずに、そのまま お待ちください。"),
    QT_TRANSLATE_NOOP("method.title", "ご本人の 確認方法を 選んでください"),
    QT_TRANSLATE_NOOP("method.body", "顔認証か、暗証番号（数字 4けた）を 選べます。"),
    QT_TRANSLATE_NOOP("method.body_face_card", "このカードは 顔認証で 確認します。"),
    QT_TRANSLATE_NOOP("method.body_face_only", "顔認証で 確認します。暗証番号は 使えません。"),
    QT_TRANSLATE_NOOP("method.body_pin_only", "暗証番号（数字 4けた）で 確認します。"),
    QT_TRANSLATE_NOOP("method.body_staff_only", "係員が 確認します。「係員を 呼ぶ」を 押してください。"),
    QT_TRANSLATE_NOOP("method.body_pin_locked", "暗証番号は ロック中です（再設定は 市区町村の 窓口で）。"
                                                "「係員を 呼ぶ」を 押してください。"),
    QT_TRANSLATE_NOOP("method.body_pin_locked_face", "暗証番号は ロック中です（再設定は 市区町村の 窓口で）。"
                                                     "顔認証で 確認します。"),
    QT_TRANSLATE_NOOP("method.pin_locked", "暗証番号（ロック中）"),
    QT_TRANSLATE_NOOP("method.face", "顔認証"),
    QT_TRANSLATE_NOOP("method.pin", "暗証番号"),
    QT_TRANSLATE_NOOP("method.pin_tries", "暗証番号（あと {tries} 回）"),
    QT_TRANSLATE_NOOP("face.title", "カメラを 見てください"),
    QT_TRANSLATE_NOOP("face.retry", "もう一度 撮影します。カメラを 見てください"),
    QT_TRANSLATE_NOOP("face.failed.title", "顔認証が できませんでした"),
    QT_TRANSLATE_NOOP("face.failed.body", "暗証番号で 確認するか、「係員を 呼ぶ」を 押してください。"),
    QT_TRANSLATE_NOOP("pin.title", "暗証番号（数字 4けた）を 入力してください"),
    QT_TRANSLATE_NOOP("pin.tries", "あと {tries} 回 入力できます。"),
    # After a wrong PIN the title says so and the body what is left: beside the keypad, the
    # question and both sentences need more height than the largest text with furigana has.
    QT_TRANSLATE_NOOP("pin.wrong.title", "暗証番号が ちがいます"),
    QT_TRANSLATE_NOOP("pin.last", "あと 1 回 まちがえると、カードが ロックされます。"),
    QT_TRANSLATE_NOOP("pin.verifying", "確認しています"),
    QT_TRANSLATE_NOOP("blocked.title", "暗証番号が ロックされています"),
    QT_TRANSLATE_NOOP("blocked.body", "顔認証か、係員による 確認で 受付できます。"
                                      "暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。"),
    QT_TRANSLATE_NOOP("staff.title", "係員による 確認"),
    QT_TRANSLATE_NOOP("staff.body", "カードの 写真と ご本人を 見比べてください。"),
    QT_TRANSLATE_NOOP("staff.pin_refused", "係員用の 暗証番号が ちがいます。"),
    QT_TRANSLATE_NOOP("staff.confirm", "ご本人です"),
    QT_TRANSLATE_NOOP("staff.reject", "確認できない"),
    QT_TRANSLATE_NOOP("checking.title", "保険の 資格を 確認しています"),
    QT_TRANSLATE_NOOP("verified.title", "ご本人と 確認できました"),
    QT_TRANSLATE_NOOP("checking.body", "保険の 資格を 確認しています。そのまま お待ちください。"),
    # The leaflets' steps (seed 001: 「1 読み取り 2 本人確認 3 同意取得 4 受付完了」; the 2024 leaflet's
    # step 3 is 「同意の確認」).
    QT_TRANSLATE_NOOP("step.1", "1/4 読み取り"),
    QT_TRANSLATE_NOOP("step.2", "2/4 本人確認"),
    QT_TRANSLATE_NOOP("step.3", "3/4 同意の 確認"),
    QT_TRANSLATE_NOOP("step.4", "4/4 受付完了"),
    QT_TRANSLATE_NOOP("registration.title", "マイナンバーカードを 保険証として 使う 申し込みを しますか"),
    QT_TRANSLATE_NOOP("registration.body", "申し込むと、この カードが 健康保険証として 使えるように なります。"),
    QT_TRANSLATE_NOOP("registration.agree", "申し込む"),
    QT_TRANSLATE_NOOP("registration.decline", "申し込まない"),
    QT_TRANSLATE_NOOP("registering.title", "申し込みを しています"),
    # The consent screens in the leaflets' words (seed 001, 001_69c93d0b579b5e28.txt; spaces added
    # between phrases, where a line may break): the 2024 leaflet's 「過去の手術以外の診療・お薬情報を
    # 当機関に提供することに同意しますか。この情報はあなたの診療や健康管理のために使用します。」 and
    # 「(40歳以上対象) … 過去の健康情報を当機関に提供することに同意しますか。」; the 2021 leaflet's
    # 「40歳以上対象 特定健診情報の提供について」 「メタボ健診（40～74歳）や高齢者健診（75歳以上）の
    # 結果を提供します。」 with 「同意する」「同意しない・40歳未満」. 手術 has no leaflet screen of its
    # own: its question follows the 2024 form.
    QT_TRANSLATE_NOOP("consent.title.medication",
                      "過去の 手術以外の 診療・お薬情報を 当機関に 提供する ことに 同意しますか"),
    QT_TRANSLATE_NOOP("consent.title.surgery", "過去の 手術の 情報を 当機関に 提供する ことに 同意しますか"),
    QT_TRANSLATE_NOOP("consent.title.checkup",
                      "（40歳以上 対象）過去の 健康情報を 当機関に 提供する ことに 同意しますか"),
    QT_TRANSLATE_NOOP("consent.purpose", "この 情報は あなたの 診療や 健康管理の ために 使用します。"),
    QT_TRANSLATE_NOOP("consent.title.checkup_2021", "40歳以上 対象 特定健診情報の 提供に ついて"),
    QT_TRANSLATE_NOOP("consent.body.checkup_2021",
                      "メタボ健診（40～74歳）や 高齢者健診（75歳以上）の 結果を 提供します。"),
    QT_TRANSLATE_NOOP("consent.agree", "同意する"),
    QT_TRANSLATE_NOOP("consent.decline", "同意しない"),
    QT_TRANSLATE_NOOP("consent.decline.checkup_2021", "同意しない・40歳未満"),
    # 包括同意 comes first and says what it covers: the screens still to come before 受付完了 (手術 is
    # asked only where the clinic enables it; 限度額 is offered on the 受付完了 screen in any case).
    # The title is the 2021 leaflet's 「医師・薬剤師に提供する情報を選んでください」. The items are
    # named as on the done screen (no 「過去の」: at the largest text with furigana the sentence must
    # keep to two lines, issue 16 §3).
    QT_TRANSLATE_NOOP("consent.bundle.title", "医師・薬剤師に 提供する 情報を 選んでください"),
    QT_TRANSLATE_NOOP("consent.bundle.medication-checkup",
                      "まとめて 同意すると、手術以外の 診療・お薬情報と 健康情報（特定健診）を 提供します。"),
    QT_TRANSLATE_NOOP("consent.bundle.medication-surgery",
                      "まとめて 同意すると、手術を 含む 診療・お薬情報を 提供します。"),
    QT_TRANSLATE_NOOP("consent.bundle.medication-surgery-checkup",
                      "まとめて 同意すると、手術を 含む 診療・お薬情報と 健康情報（特定健診）を 提供します。"),
    QT_TRANSLATE_NOOP("consent.bundle.surgery-checkup",
                      "まとめて 同意すると、手術の 情報と 健康情報（特定健診）を 提供します。"),
    QT_TRANSLATE_NOOP("consent.all", "まとめて 同意する"),
    QT_TRANSLATE_NOOP("consent.each", "1つずつ 選ぶ"),
    # 受付完了, then 限度額 with the card still on the reader (seed 001, the 2021 leaflet: 「受付が完了
    # します。カードをカードリーダーからお取りください」 「高額療養費制度※をご利用される方は、カードを
    # 取らずに限度額情報を「提供する」を押してください。窓口で限度額以上の支払いが不要になります。」
    # 「限度額情報を提供しますか」 「提供する」「提供しない」). On screen the question is the title and
    # the 高額療養費 sentence the body; 「受付が完了します…」 is said first (and the step shows
    # 「4/4 受付完了」): all three one under the other need more height than the largest text with
    # furigana has (issue 16 §3).
    QT_TRANSLATE_NOOP("limit.title", "受付が 完了します。カードを カードリーダーから お取りください。"),
    QT_TRANSLATE_NOOP("limit.question", "限度額情報を 提供しますか"),
    QT_TRANSLATE_NOOP("limit.body", "高額療養費制度を ご利用される 方は、カードを 取らずに 限度額情報を"
                                    "「提供する」を 押してください。窓口で 限度額以上の 支払いが 不要に なります。"),
    QT_TRANSLATE_NOOP("limit.provide", "提供する"),
    QT_TRANSLATE_NOOP("limit.withhold", "提供しない"),
    QT_TRANSLATE_NOOP("prescription.title", "処方箋は どちらに しますか"),
    QT_TRANSLATE_NOOP("prescription.electronic", "電子処方箋"),
    QT_TRANSLATE_NOOP("prescription.paper", "紙の 処方箋"),
    QT_TRANSLATE_NOOP("finishing.title", "受付を しています"),
    # The 2024 leaflet's 受付完了: 「お呼びするまでお待ちください。」 「カードを忘れずに!」
    QT_TRANSLATE_NOOP("done.title", "受付が 完了しました"),
    QT_TRANSLATE_NOOP("done.body", "お呼びするまで お待ちください。カードを お取りください。"),
    # What the visit shared: two columns, each a heading and the items under it.
    QT_TRANSLATE_NOOP("done.shared", "提供する 情報"),
    QT_TRANSLATE_NOOP("done.withheld", "提供しない 情報"),
    QT_TRANSLATE_NOOP("done.item.medication", "診療・お薬情報"),
    QT_TRANSLATE_NOOP("done.item.surgery", "手術の 情報"),
    QT_TRANSLATE_NOOP("done.item.checkup", "健康情報（特定健診）"),
    QT_TRANSLATE_NOOP("done.item.limit", "限度額情報"),
    QT_TRANSLATE_NOOP("done.declined", "受付で 保険証か 資格確認書を お出しください。カードを お取りください。"),
    QT_TRANSLATE_NOOP("done.alarm", "カードを お忘れです。カードを お取りください。"),
    QT_TRANSLATE_NOOP("error.title", "受付を 続けられませんでした"),
    QT_TRANSLATE_NOOP("cancelled.title", "受付を やめました"),
    QT_TRANSLATE_NOOP("cancelled.body", "受付は 完了していません。カードを お取りください。"),
    QT_TRANSLATE_NOOP("staff.called", "係員を 呼びました。そのまま お待ちください。"),
    QT_TRANSLATE_NOOP("warning", "このままだと、まもなく 最初の 画面に 戻ります。"),
    QT_TRANSLATE_NOOP("back", "もどる"),
))


def text(message_id: str, **values: object) -> Message:
    """The message ``message_id``; error codes (upper case) come from ``kiosk.messages``."""
    if message_id.isupper():
        return message_for_code(message_id, **values)
    return lookup(TEXTS, message_id, **values)
