"""What the staff check tells staff about 顔認証 and 照合番号B (issue 14 §1, §3).

Staff read Japanese whatever the resident's language, so these lines are not translated; they
name the cause and what staff can do about it.
"""

from __future__ import annotations

FACE_PROBLEMS = {
    "FACE_NOT_CONFIGURED": "この端末には 顔認証の カメラが 設定されていません（[camera] face）。",
    "CAMERA_UNAVAILABLE": "カメラが 見つかりません。接続を 確かめてください。戻れば 次の方から 使えます。",
    "CAMERA_LOST": "カメラが 途中で 切れました。接続を 確かめてください。",
    "CARD_FACE_UNREADABLE": "カードの 券面を 読み取れませんでした。下の 欄に 券面の 数字を 入力できます。",
    "CARD_FACE_DISAGREES": "券面の 読み取りが 一致しませんでした。下の 欄に 券面の 数字を 入力できます。",
    "CAMERA_ERROR": "券面用の カメラが 使えません。下の 欄に 券面の 数字を 入力できます。",
    "COLLATION_REFUSED": "カードが 照合番号Bを 受け付けませんでした。このカードでは もう 試しません。"
                         "写真と ご本人を 見比べて 確認してください。",
    "CARD_PHOTO_UNREADABLE": "カードの 写真を 読み出せませんでした。券面の 写真で 確認してください。",
}
ENTRY_PROBLEMS = {
    "birth_date": "生年月日が 正しくありません（元号・年・月・日を 券面どおりに）。",
    "expiry_year": "有効期限の 年が 正しくありません（「…まで有効」の 西暦の 年）。",
    "security_code": "セキュリティコードは 写真の 下の 数字 4けたです。",
}


def staff_note(face_problem: str, entry_problem: str = "") -> str:
    """The staff check's line on why there is no face path, and what was typed wrong."""
    lines = [ENTRY_PROBLEMS.get(entry_problem, ""),
             FACE_PROBLEMS.get(face_problem, FACE_PROBLEMS["CAMERA_ERROR"] if face_problem.startswith("CAMERA")
                               else "")]
    return "\n".join(line for line in lines if line)
