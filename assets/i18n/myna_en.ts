<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja">
<context>
    <name>CAMERA_ERROR</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>The camera cannot be used. Please use your PIN, or choose a check by staff.</translation>
    </message>
</context>
<context>
    <name>CAMERA_LOST</name>
    <message>
        <source>カメラが 止まりました。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>The camera has stopped. Please use your PIN, or choose a check by staff.</translation>
    </message>
</context>
<context>
    <name>CAMERA_UNAVAILABLE</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>The camera cannot be used. Please use your PIN, or choose a check by staff.</translation>
    </message>
</context>
<context>
    <name>CARD_ABSENT</name>
    <message>
        <source>カードが 見つかりません。カードを 読み取り機に 置いてください。</source>
        <translation>No card was found. Please place your card on the card reader.</translation>
    </message>
</context>
<context>
    <name>CARD_BAD_RESPONSE</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。直らないときは 係員をお呼びください。</source>
        <translation>The card could not be read correctly. Please take the card off the reader. Then place it again. If this does not help, please call a staff member.</translation>
    </message>
</context>
<context>
    <name>CARD_CERT_EXPIRED</name>
    <message>
        <source>カードの 電子証明書の 有効期限が 切れています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>The electronic certificate on your card has expired. Please speak to the reception desk. You can renew it at your city office.</translation>
    </message>
</context>
<context>
    <name>CARD_ERROR</name>
    <message>
        <source>カードを 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>The card could not be read. Please take the card off the reader. Then place it again.</translation>
    </message>
</context>
<context>
    <name>CARD_NOT_MYNUMBER</name>
    <message>
        <source>マイナンバーカードでは ないようです。マイナンバーカードを 置いてください。</source>
        <translation>This does not seem to be a My Number Card. Please place your My Number Card.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_BLOCKED</name>
    <message>
        <source>暗証番号が ロックされています。顔認証か、係員による確認に 切り替えられます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>Your PIN is locked. You can use face recognition or a check by staff instead. You can reset your PIN at your city office.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>The PIN is a 4-digit number. Please enter it again.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_NOT_SET</name>
    <message>
        <source>このカードは 暗証番号を 使いません。顔認証か、係員による確認を 選んでください。</source>
        <translation>This card does not use a PIN. Please choose face recognition or a check by staff.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_WRONG</name>
    <message>
        <source>暗証番号が ちがいます。あと {tries} 回 まちがえると、カードが ロックされます。</source>
        <translation>The PIN is wrong. Tries left before the card is locked: {tries}.</translation>
    </message>
</context>
<context>
    <name>CARD_REMOVED</name>
    <message>
        <source>カードが はずれました。カードを もう一度 置いてください。</source>
        <translation>The card came off the reader. Please place the card again.</translation>
    </message>
</context>
<context>
    <name>CARD_SECURITY_STATUS</name>
    <message>
        <source>確認が まだ 終わっていません。最初から やり直してください。</source>
        <translation>The check is not finished yet. Please start again from the beginning.</translation>
    </message>
</context>
<context>
    <name>CARD_SIGNATURE_INVALID</name>
    <message>
        <source>カードを 確認できませんでした。係員をお呼びください。</source>
        <translation>The card could not be verified. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>CARD_UNEXPECTED_STATUS</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>The card could not be read correctly. Please take the card off the reader. Then place it again.</translation>
    </message>
</context>
<context>
    <name>CONFIG_INVALID</name>
    <message>
        <source>この端末の 設定に 誤りが あります。係員をお呼びください。</source>
        <translation>There is an error in the settings of this machine. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_HANDED_OVER</name>
    <message>
        <source>このカードは すでに お渡し済みです。係員が 記録を 確認します。</source>
        <translation>This card has already been handed over. A staff member will check the records.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_IN_PROGRESS</name>
    <message>
        <source>この申請は いま {desk} で 手続き中です。その窓口に 確認してください。</source>
        <translation>This application is being handled now at {desk}. Please check with that desk.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_CLOSED</name>
    <message>
        <source>このカードは 返納されているため、お渡しできません。係員が ご案内します。</source>
        <translation>This card has been returned, so we cannot give it to you. A staff member will help you.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付通知書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>The application ID does not seem to be correct. Please check the 23-digit number on your card pickup notice. Then enter it again.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CANCELLED</name>
    <message>
        <source>手続きを 中止しました。係員が ご案内します。</source>
        <translation>The procedure was stopped. A staff member will help you.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_MISMATCH</name>
    <message>
        <source>このカードは この申請の カードでは ありません。係員が カードを 確認します。</source>
        <translation>This is not the card for this application. A staff member will check the card.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_SWAPPED</name>
    <message>
        <source>読み取り機の カードが 手続き中の カードと ちがいます。係員が 確認します。</source>
        <translation>The card on the reader is not the card of this procedure. The staff member will check.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CLAIM_CLOSED</name>
    <message>
        <source>この手続きは 終わっています。申請書IDの 読み取りから やり直してください。</source>
        <translation>This procedure has already ended. Please start again by reading the application ID.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ERROR</name>
    <message>
        <source>窓口の 手続きが できませんでした。係員に お声がけください。</source>
        <translation>The procedure at the counter could not be completed. Please speak to a staff member.</translation>
    </message>
</context>
<context>
    <name>COUNTER_FACE_CARD_NO_PINS</name>
    <message>
        <source>顔認証マイナンバーカードには 暗証番号を 設定しません。次へ 進んでください。</source>
        <translation>A face-recognition-only My Number Card has no PINs. Please go to the next step.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_NOT_CONFIRMED</name>
    <message>
        <source>ご本人の 確認が まだ 済んでいません。本人確認を してから 進んでください。</source>
        <translation>Your identity has not been confirmed yet. Please confirm your identity first. Then continue.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_REFUSED</name>
    <message>
        <source>ご本人の 確認が できませんでした。係員が ご案内します。</source>
        <translation>Your identity could not be confirmed. A staff member will help you.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_FAILED</name>
    <message>
        <source>職員IDか パスワードが ちがいます。もう一度 入力してください。</source>
        <translation>The staff ID or the password is wrong. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_LOCKED</name>
    <message>
        <source>パスワードを 続けて まちがえたため、{until} まで ログインできません。お待ちいただくか、管理者に パスワードの 再設定を 頼んでください。</source>
        <translation>The password was wrong too many times in a row. You cannot log in until {until}. Please wait, or ask an administrator to reset your password.</translation>
    </message>
</context>
<context>
    <name>COUNTER_NOT_READY</name>
    <message>
        <source>カードは まだ できあがっていません。交付通知書が 届いてから、もう一度 お越しください。</source>
        <translation>Your card is not ready yet. Please come again after you receive your card pickup notice.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PDF_FAILED</name>
    <message>
        <source>受領書と 控えを 保存できませんでした。係員をお呼びください。</source>
        <translation>The receipt and your copy could not be saved. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PINS_NOT_SET</name>
    <message>
        <source>設定されていない 暗証番号が あります。係員が もう一度 設定の 手続きを します。</source>
        <translation>A PIN has not been set. The staff member will do the setting procedure again.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_CONFIRM_MISMATCH</name>
    <message>
        <source>1回目と 2回目の 入力が ちがいました。同じ 番号を もう一度 2回 入力してください。</source>
        <translation>The first and the second entries were different. Please enter the same number two times again.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>The PIN is a 4-digit number. Please enter it again.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_MISSING</name>
    <message>
        <source>まだ 決めていない 暗証番号が あります。画面の 案内に そって 入力してください。</source>
        <translation>Some PINs have not been chosen yet. Please enter them by following the instructions on the screen.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_RULE</name>
    <message>
        <source>この暗証番号は 使えません。画面の 説明を 見て、もう一度 入力してください。</source>
        <translation>This PIN cannot be used. Please read the explanation on the screen. Then enter a PIN again.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINTER_MISSING</name>
    <message>
        <source>プリンターが 見つかりません。受領書と 控えは PDFで 保存しました。</source>
        <translation>No printer was found. The receipt and your copy were saved as PDF files.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINT_FAILED</name>
    <message>
        <source>印刷が できませんでした。受領書と 控えは PDFで 保存しました。</source>
        <translation>Printing did not work. The receipt and your copy were saved as PDF files.</translation>
    </message>
</context>
<context>
    <name>COUNTER_QR_INVALID</name>
    <message>
        <source>交付通知書の QRコードを 読み取れませんでした。はがきの QRコードを もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>The QR code on the card pickup notice could not be read. Please hold the QR code on the postcard up to the reader again. Or enter the application ID.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_PASSWORD_FORMAT</name>
    <message>
        <source>署名用の パスワードは、英字の 大文字と 数字を どちらも 入れて、6文字から 16文字で 決めてください。もう一度 入力してください。</source>
        <translation>The password for the signature certificate must be 6 to 16 characters long. It must include both capital letters and numbers. Please enter it again.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_UNDER_15</name>
    <message>
        <source>15歳未満の 方は、署名用の パスワードを 設定しません。次へ 進んでください。</source>
        <translation>People under 15 years old do not set a password for the signature certificate. Please go to the next step.</translation>
    </message>
</context>
<context>
    <name>COUNTER_STAFF_INACTIVE</name>
    <message>
        <source>この 職員IDは 使えません。管理者に 確認してください。</source>
        <translation>This staff ID cannot be used. Please check with an administrator.</translation>
    </message>
</context>
<context>
    <name>COUNTER_UNKNOWN_APPLICATION</name>
    <message>
        <source>この 申請は 見つかりませんでした。係員が 交付通知書を 確認します。</source>
        <translation>This application was not found. A staff member will check your card pickup notice.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_BAD_ANSWER</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>Your health insurance coverage could not be checked. Please speak to the reception desk.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_CERT_REVOKED</name>
    <message>
        <source>カードの 電子証明書が 使えなくなっています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>The electronic certificate on your card can no longer be used. Please speak to the reception desk. You can renew it at your city office.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_ERROR</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>Your health insurance coverage could not be checked. Please speak to the reception desk.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_JPKI_MAINTENANCE</name>
    <message>
        <source>いま 点検中のため、この手続きは できません。受付に お声がけください。</source>
        <translation>This service is not available now because of system maintenance. Please speak to the reception desk.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_UNAVAILABLE</name>
    <message>
        <source>いま 保険の 資格を 確認できません。受付に お声がけください。「資格情報のお知らせ」か 資格確認書が あれば、受付に お出しください。</source>
        <translation>Your health insurance coverage cannot be checked right now. Please speak to the reception desk. If you have your “notice of your insurance information” or your Eligibility Certificate, please show it at the reception desk.</translation>
    </message>
</context>
<context>
    <name>FACE_ATTEMPTS_EXHAUSTED</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>Face recognition did not succeed. Please use your PIN, or choose a check by staff.</translation>
    </message>
</context>
<context>
    <name>FACE_CARD_PHOTO_UNUSABLE</name>
    <message>
        <source>カードの 写真では 顔認証が できません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>Face recognition cannot be done with the photo on this card. Please choose your PIN or a check by staff.</translation>
    </message>
</context>
<context>
    <name>FACE_ENGINE_UNAVAILABLE</name>
    <message>
        <source>顔認証が いま 使えません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>Face recognition cannot be used right now. Please choose your PIN or a check by staff.</translation>
    </message>
</context>
<context>
    <name>FACE_ERROR</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>Face recognition did not succeed. Please use your PIN, or choose a check by staff.</translation>
    </message>
</context>
<context>
    <name>FACE_NOT_FOUND</name>
    <message>
        <source>写真に お顔が 見つかりませんでした。係員をお呼びください。</source>
        <translation>No face was found in the photo. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>HANDOFF_FAILED</name>
    <message>
        <source>受付の 手続きは 終わりましたが、受付の システムへの 連絡が できませんでした。カードを お取りになり、受付に お声がけください。</source>
        <translation>Your check-in is finished, but it could not be sent to the reception system. Please take your card. Then speak to the reception desk.</translation>
    </message>
</context>
<context>
    <name>IMAGE_INVALID</name>
    <message>
        <source>写真を 読み取れませんでした。係員をお呼びください。</source>
        <translation>The photo could not be read. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_ERROR</name>
    <message>
        <source>カードに 暗証番号を 設定できませんでした。係員に お声がけください。</source>
        <translation>The PINs could not be set on the card. Please speak to a staff member.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_INCOMPLETE</name>
    <message>
        <source>暗証番号の 設定が 途中で 止まりました。設定できたもの：{set}。まだのもの：{missing}。係員が カードを 読み取り機に もう一度 置くと、続きから 設定します。</source>
        <translation>Setting the PINs stopped before it was finished. Already set: {set}. Not set yet: {missing}. When a staff member places the card on the card reader again, the remaining PINs will be set.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_NEEDS_JLIS</name>
    <message>
        <source>この端末では カードに 暗証番号を 設定できません。係員が 専用の 端末で 設定します。</source>
        <translation>This machine cannot set PINs on the card. A staff member will set them on a special machine.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_PIN_REFUSED</name>
    <message>
        <source>このカードには この暗証番号を 設定できません。係員が 確認します。</source>
        <translation>This PIN cannot be set on this card. A staff member will check it.</translation>
    </message>
</context>
<context>
    <name>KIOSK_ERROR</name>
    <message>
        <source>うまく いきませんでした。係員をお呼びください。</source>
        <translation>Something went wrong. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_BIRTH_DATE</name>
    <message>
        <source>誕生日から わかる 番号は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>A number based on your birthday is easy for other people to guess. You can still use it.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_COMMON</name>
    <message>
        <source>よく 使われる 番号で、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>This number is used by many people, so it is easy for other people to guess. You can still use it.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_REPEATED</name>
    <message>
        <source>同じ 数字の くり返しは、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>A number that repeats the same digit is easy for other people to guess. You can still use it.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_SEQUENCE</name>
    <message>
        <source>順番に 並んだ 数字は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>A number with digits in order is easy for other people to guess. You can still use it.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_YEAR</name>
    <message>
        <source>生まれた年や 今年の 年は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Your birth year or this year is easy for other people to guess. You can still use it.</translation>
    </message>
</context>
<context>
    <name>READER_BUSY</name>
    <message>
        <source>カード読み取り機が ほかで 使われています。少し 待ってから、もう一度 お試しください。</source>
        <translation>The card reader is busy. Please wait a moment. Then try again.</translation>
    </message>
</context>
<context>
    <name>READER_UNAVAILABLE</name>
    <message>
        <source>カード読み取り機が 使えません。係員をお呼びください。</source>
        <translation>The card reader cannot be used. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>REGISTRATION_NEEDS_FACE</name>
    <message>
        <source>このカードは 暗証番号が ないため、ここでは 申し込めません。病院や 薬局の 顔認証付きカードリーダーで 申し込めます。</source>
        <translation>This card has no PIN, so you cannot apply here. You can apply on a face recognition card reader at a hospital or pharmacy.</translation>
    </message>
</context>
<context>
    <name>SECRET_STORE_UNAVAILABLE</name>
    <message>
        <source>いま この受付機が 使えません。係員をお呼びください。</source>
        <translation>This check-in machine cannot be used right now. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>STAFF_REJECTED</name>
    <message>
        <source>ご本人の 確認が できませんでした。受付に お声がけください。</source>
        <translation>Your identity could not be confirmed. Please speak to the reception desk.</translation>
    </message>
</context>
<context>
    <name>STORE_ERROR</name>
    <message>
        <source>受付の 記録が できませんでした。係員をお呼びください。</source>
        <translation>Your check-in could not be recorded. Please call a staff member.</translation>
    </message>
</context>
<context>
    <name>STORE_UNAVAILABLE</name>
    <message>
        <source>いま 受付の 記録が できません。少し 待ってから、もう一度 お試しください。直らないときは 係員をお呼びください。</source>
        <translation>Check-in cannot be recorded right now. Please wait a moment. Then try again. If this does not help, please call a staff member.</translation>
    </message>
</context>
<context>
    <name>TIMEOUT</name>
    <message>
        <source>時間が たちましたので、最初に 戻ります。カードを お取りください。</source>
        <translation>Time is up, so the screen will go back to the start. Please take your card.</translation>
    </message>
</context>
<context>
    <name>VOICE_SYNTHESIS_FAILED</name>
    <message>
        <source>音声の 案内が 出せません。画面の 文字を ご覧ください。</source>
        <translation>Voice guidance is not available. Please read the text on the screen.</translation>
    </message>
</context>
<context>
    <name>access.contrast.off</name>
    <message>
        <source>ふつうの 色に もどす</source>
        <translation>Normal colors</translation>
    </message>
</context>
<context>
    <name>access.contrast.on</name>
    <message>
        <source>見やすい 色に する</source>
        <translation>High-contrast colors</translation>
    </message>
</context>
<context>
    <name>access.furigana.off</name>
    <message>
        <source>ふりがなを 消す</source>
        <translation>Hide furigana</translation>
    </message>
</context>
<context>
    <name>access.furigana.on</name>
    <message>
        <source>ふりがなを つける</source>
        <translation>Show furigana</translation>
    </message>
</context>
<context>
    <name>access.language</name>
    <message>
        <source>ほかの 言語を 選べます</source>
        <translation>Choose another language</translation>
    </message>
</context>
<context>
    <name>access.replay</name>
    <message>
        <source>もう一度 聞く</source>
        <translation>Listen again</translation>
    </message>
</context>
<context>
    <name>access.size.1</name>
    <message>
        <source>文字の 大きさ：標準</source>
        <translation>Text size: normal</translation>
    </message>
</context>
<context>
    <name>access.size.2</name>
    <message>
        <source>文字の 大きさ：大</source>
        <translation>Text size: large</translation>
    </message>
</context>
<context>
    <name>access.size.3</name>
    <message>
        <source>文字の 大きさ：特大</source>
        <translation>Text size: extra large</translation>
    </message>
</context>
<context>
    <name>back</name>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>blocked.body</name>
    <message>
        <source>顔認証か、係員による 確認で 受付できます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>You can check in with face recognition or a check by staff. You can reset your PIN at your city office.</translation>
    </message>
</context>
<context>
    <name>blocked.title</name>
    <message>
        <source>暗証番号が ロックされています</source>
        <translation>Your PIN is locked</translation>
    </message>
</context>
<context>
    <name>cancelled.body</name>
    <message>
        <source>受付は 完了していません。カードを お取りください。</source>
        <translation>Your reception is not complete. Please take your card.</translation>
    </message>
</context>
<context>
    <name>cancelled.title</name>
    <message>
        <source>受付を やめました</source>
        <translation>You stopped the reception</translation>
    </message>
</context>
<context>
    <name>checking.body</name>
    <message>
        <source>保険の 資格を 確認しています。そのまま お待ちください。</source>
        <translation>Checking your insurance. Please wait.</translation>
    </message>
</context>
<context>
    <name>checking.title</name>
    <message>
        <source>保険の 資格を 確認しています</source>
        <translation>Checking your health insurance coverage</translation>
    </message>
</context>
<context>
    <name>consent.agree</name>
    <message>
        <source>同意する</source>
        <translation>I agree</translation>
    </message>
</context>
<context>
    <name>consent.all</name>
    <message>
        <source>まとめて 同意する</source>
        <translation>Agree to all</translation>
    </message>
</context>
<context>
    <name>consent.body.checkup_2021</name>
    <message>
        <source>メタボ健診（40～74歳）や 高齢者健診（75歳以上）の 結果を 提供します。</source>
        <translation>Results of metabolic checkups (ages 40–74) and checkups for ages 75 and over are provided.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-checkup</name>
    <message>
        <source>まとめて 同意すると、手術以外の 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Agree to all: your past care and medicines (not surgery) and your health checkups are provided.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報を 提供します。</source>
        <translation>Agree to all: your past care and medicines, surgery included, are provided.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Agree to all: your past care and medicines, surgery included, and your health checkups are provided.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術の 情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Agree to all: your past surgery information and your health checkups are provided.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.title</name>
    <message>
        <source>医師・薬剤師に 提供する 情報を 選んでください</source>
        <translation>Choose the information to provide to doctors and pharmacists</translation>
    </message>
</context>
<context>
    <name>consent.decline</name>
    <message>
        <source>同意しない</source>
        <translation>I do not agree</translation>
    </message>
</context>
<context>
    <name>consent.decline.checkup_2021</name>
    <message>
        <source>同意しない・40歳未満</source>
        <translation>No / under 40</translation>
    </message>
</context>
<context>
    <name>consent.each</name>
    <message>
        <source>1つずつ 選ぶ</source>
        <translation>Choose one by one</translation>
    </message>
</context>
<context>
    <name>consent.purpose</name>
    <message>
        <source>この 情報は あなたの 診療や 健康管理の ために 使用します。</source>
        <translation>It is used for your medical care and health management.</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup</name>
    <message>
        <source>（40歳以上 対象）過去の 健康情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>(Ages 40 and over) May this facility receive your past health checkup information?</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup_2021</name>
    <message>
        <source>40歳以上 対象 特定健診情報の 提供に ついて</source>
        <translation>For ages 40 and over: providing your specific health checkup information</translation>
    </message>
</context>
<context>
    <name>consent.title.medication</name>
    <message>
        <source>過去の 手術以外の 診療・お薬情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>May this facility receive your past care and medicine information (not surgery)?</translation>
    </message>
</context>
<context>
    <name>consent.title.surgery</name>
    <message>
        <source>過去の 手術の 情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>Do you agree to provide your past surgery information to this facility?</translation>
    </message>
</context>
<context>
    <name>counter.choice.already_set</name>
    <message>
        <source>この カードには すでに 設定された 暗証番号が あります。その 暗証番号は 変わりません。</source>
        <translation>This card already has PINs set. Those PINs stay as they are.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body</name>
    <message>
        <source>顔認証マイナンバーカードは 暗証番号が ありません。コンビニや マイナポータルでは 使えません。</source>
        <translation>A face-recognition-only My Number Card has no PIN. It cannot be used at convenience stores or on Mynaportal.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body_face_card</name>
    <message>
        <source>顔認証マイナンバーカードを 選ばれています。</source>
        <translation>You have chosen the face-recognition-only My Number Card.</translation>
    </message>
</context>
<context>
    <name>counter.choice.face_card</name>
    <message>
        <source>顔認証マイナンバーカードにする（暗証番号なし）</source>
        <translation>Face recognition only (no PIN)</translation>
    </message>
</context>
<context>
    <name>counter.choice.pins</name>
    <message>
        <source>暗証番号を 設定する</source>
        <translation>Set PINs</translation>
    </message>
</context>
<context>
    <name>counter.choice.title</name>
    <message>
        <source>カードの 使い方を 選んでください</source>
        <translation>Please choose how you want to use your card</translation>
    </message>
</context>
<context>
    <name>counter.done.body</name>
    <message>
        <source>係員から カードと 控えを お受け取りください。</source>
        <translation>Please receive your card and your copy from the staff member.</translation>
    </message>
</context>
<context>
    <name>counter.done.title</name>
    <message>
        <source>手続きが 終わりました</source>
        <translation>The procedure is complete</translation>
    </message>
</context>
<context>
    <name>counter.jlis.body</name>
    <message>
        <source>暗証番号は、係員が ご案内する 専用の 端末で 設定します。</source>
        <translation>Your PINs are set on a separate terminal. The staff member will show you.</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.auth</name>
    <message>
        <source>利用者証明用の 暗証番号を 決めてください</source>
        <translation>Choose your user authentication PIN</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号を 決めてください</source>
        <translation>Choose your Basic Resident Register PIN</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号を 決めてください</source>
        <translation>Choose your card information input support PIN</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.sign</name>
    <message>
        <source>署名用の パスワードを 決めてください</source>
        <translation>Choose your signature password</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.auth</name>
    <message>
        <source>利用者証明用 電子証明書の 暗証番号（数字 4けた）</source>
        <translation>PIN for the user authentication certificate (4-digit number)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号（数字 4けた）</source>
        <translation>PIN for the Basic Resident Register (4-digit number)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号（数字 4けた）</source>
        <translation>PIN for card information input support (4-digit number)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.sign</name>
    <message>
        <source>署名用 電子証明書の パスワード（英字の大文字と数字 6〜16文字）</source>
        <translation>Password for the signature certificate (6 to 16 capital letters and numbers)</translation>
    </message>
</context>
<context>
    <name>counter.pin.private</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>Other people cannot see this screen. The numbers are not shown.</translation>
    </message>
</context>
<context>
    <name>counter.pin.second</name>
    <message>
        <source>確認のため、もう一度 入力してください</source>
        <translation>Please enter it again to confirm</translation>
    </message>
</context>
<context>
    <name>counter.registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>counter.registration.body</name>
    <message>
        <source>申し込むと、病院や 薬局で この カードが 保険証として 使えます。</source>
        <translation>If you apply, you can use this card as a health insurance card at hospitals and pharmacies.</translation>
    </message>
</context>
<context>
    <name>counter.registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>Do not apply</translation>
    </message>
</context>
<context>
    <name>counter.registration.pin_note</name>
    <message>
        <source>申し込みには 利用者証明用の 暗証番号（数字 4けた）を 使います。</source>
        <translation>To apply, you use the 4-digit PIN for the user certificate (利用者証明用).</translation>
    </message>
</context>
<context>
    <name>counter.registration.title</name>
    <message>
        <source>保険証として 使う 申し込みを しますか</source>
        <translation>Use this card as your health insurance card?</translation>
    </message>
</context>
<context>
    <name>counter.same.body</name>
    <message>
        <source>利用者証明用・住民基本台帳用・券面事項入力補助用は 同じ 数字に できます。</source>
        <translation>The PINs for the user authentication certificate, the Basic Resident Register and card information input support can be the same number.</translation>
    </message>
</context>
<context>
    <name>counter.same.separate</name>
    <message>
        <source>別々に 決める</source>
        <translation>Set each one separately</translation>
    </message>
</context>
<context>
    <name>counter.same.title</name>
    <message>
        <source>ほかの 2つの 暗証番号も 同じ 数字に しますか</source>
        <translation>Use the same number for the other 2 PINs?</translation>
    </message>
</context>
<context>
    <name>counter.same.use</name>
    <message>
        <source>同じに する</source>
        <translation>Use the same number</translation>
    </message>
</context>
<context>
    <name>counter.support.already.title</name>
    <message>
        <source>この カードは すでに 保険証として 使えます</source>
        <translation>This card can already be used as your health insurance card</translation>
    </message>
</context>
<context>
    <name>counter.support.checking.title</name>
    <message>
        <source>確認しています</source>
        <translation>Checking</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.body</name>
    <message>
        <source>受付の 読み取り機で、これまでの お薬や 健診の 結果を 医師や 薬剤師に 見せてよいか 聞かれます。見せると、より よい 診療に 役立ちます。見せなくても 診療は 受けられます。</source>
        <translation>At the reception reader you will be asked whether doctors and pharmacists may see your past medicines and health check-up results. Showing them helps you get better care. You can still be treated if you do not show them.</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.ok</name>
    <message>
        <source>わかりました</source>
        <translation>I understand</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.title</name>
    <message>
        <source>病院や 薬局で 聞かれる ことが あります</source>
        <translation>What hospitals and pharmacies may ask you</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.body</name>
    <message>
        <source>あとからでも、病院や 薬局の 受付の 読み取り機や、市区町村の 窓口で 申し込めます。</source>
        <translation>You can apply later, at the reception reader of a hospital or pharmacy, or at your city office.</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.title</name>
    <message>
        <source>申し込みは しませんでした</source>
        <translation>You did not apply</translation>
    </message>
</context>
<context>
    <name>counter.support.done.title</name>
    <message>
        <source>申し込みが 終わりました</source>
        <translation>Your application is complete</translation>
    </message>
</context>
<context>
    <name>counter.support.face.title</name>
    <message>
        <source>カメラの ほうを 見てください</source>
        <translation>Please look at the camera</translation>
    </message>
</context>
<context>
    <name>counter.support.failed.title</name>
    <message>
        <source>手続きが できませんでした</source>
        <translation>The procedure could not be completed</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.body</name>
    <message>
        <source>マイナンバーカードを 健康保険証として 使う 申し込みを お手伝いします。</source>
        <translation>We will help you apply to use your My Number Card as your health insurance card.</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.title</name>
    <message>
        <source>マイナンバーカードを 読み取り機に 置いてください</source>
        <translation>Please place your My Number Card on the reader</translation>
    </message>
</context>
<context>
    <name>counter.support.method.face</name>
    <message>
        <source>顔認証（カメラ）</source>
        <translation>Face recognition (camera)</translation>
    </message>
</context>
<context>
    <name>counter.support.method.pin</name>
    <message>
        <source>暗証番号（数字 4けた）</source>
        <translation>PIN (4 digits)</translation>
    </message>
</context>
<context>
    <name>counter.support.method.title</name>
    <message>
        <source>ご本人の 確認の しかたを 選んでください</source>
        <translation>Please choose how to confirm who you are</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.body</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>No one else can see this screen. The number is not shown.</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.title</name>
    <message>
        <source>利用者証明用の 暗証番号（数字 4けた）を 入力してください</source>
        <translation>Please enter the 4-digit PIN for the user certificate (利用者証明用)</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>You can try {tries} more times.</translation>
    </message>
</context>
<context>
    <name>counter.support.reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>Reading your card</translation>
    </message>
</context>
<context>
    <name>counter.support.registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>Sending your application</translation>
    </message>
</context>
<context>
    <name>counter.support.take.body</name>
    <message>
        <source>カードを お取りください。係員から お知らせの 紙を お受け取りください。</source>
        <translation>Please take your card. The staff member will give you an information sheet.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.agree</name>
    <message>
        <source>同意して 申し込む</source>
        <translation>Agree and apply</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.body</name>
    <message>
        <source>この カードが 健康保険証として 使えるように なります。病院や 薬局では、カードを 受付の 読み取り機に 置いて 保険の 資格を 確かめます。お薬や 健診の 情報を 見せるかどうかは、その たびに あなたが 決めます。やめたく なったら、加入している 保険の 窓口で やめる 申し込みが できます。</source>
        <translation>This card can then be used as your health insurance card. At hospitals and pharmacies, you place the card on the reader at reception to confirm your insurance. Each time, you decide whether to show your medicine and health check-up information. If you want to stop, you can apply to stop at the office of your health insurance.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>Do not apply</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.title</name>
    <message>
        <source>申し込みの 前に お読みください</source>
        <translation>Please read this before you apply</translation>
    </message>
</context>
<context>
    <name>counter.wait.body</name>
    <message>
        <source>しばらく お待ちください。</source>
        <translation>Please wait a moment.</translation>
    </message>
</context>
<context>
    <name>counter.wait.title</name>
    <message>
        <source>係員が ご案内します</source>
        <translation>A staff member will help you</translation>
    </message>
</context>
<context>
    <name>counter.warned.change</name>
    <message>
        <source>別の 番号に する</source>
        <translation>Choose another number</translation>
    </message>
</context>
<context>
    <name>counter.warned.keep</name>
    <message>
        <source>このまま 使う</source>
        <translation>Use this number</translation>
    </message>
</context>
<context>
    <name>counter.warned.title</name>
    <message>
        <source>当てられやすい 番号です</source>
        <translation>This number is easy to guess</translation>
    </message>
</context>
<context>
    <name>counter.writing.body</name>
    <message>
        <source>カードを 動かさずに お待ちください。</source>
        <translation>Please do not move the card. Please wait.</translation>
    </message>
</context>
<context>
    <name>counter.writing.title</name>
    <message>
        <source>カードに 暗証番号を 設定しています</source>
        <translation>Setting the PINs on your card</translation>
    </message>
</context>
<context>
    <name>done.alarm</name>
    <message>
        <source>カードを お忘れです。カードを お取りください。</source>
        <translation>You forgot your card. Please take your card.</translation>
    </message>
</context>
<context>
    <name>done.body</name>
    <message>
        <source>お呼びするまで お待ちください。カードを お取りください。</source>
        <translation>Please wait to be called, and take your card.</translation>
    </message>
</context>
<context>
    <name>done.declined</name>
    <message>
        <source>受付で 保険証か 資格確認書を お出しください。カードを お取りください。</source>
        <translation>Please show your health insurance card or Eligibility Certificate at the reception desk. Please take your card.</translation>
    </message>
</context>
<context>
    <name>done.item.checkup</name>
    <message>
        <source>健康情報（特定健診）</source>
        <translation>Health checkups</translation>
    </message>
</context>
<context>
    <name>done.item.limit</name>
    <message>
        <source>限度額情報</source>
        <translation>Expense limit</translation>
    </message>
</context>
<context>
    <name>done.item.medication</name>
    <message>
        <source>診療・お薬情報</source>
        <translation>Medical care and medicines</translation>
    </message>
</context>
<context>
    <name>done.item.surgery</name>
    <message>
        <source>手術の 情報</source>
        <translation>Surgery</translation>
    </message>
</context>
<context>
    <name>done.shared</name>
    <message>
        <source>提供する 情報</source>
        <translation>Provided</translation>
    </message>
</context>
<context>
    <name>done.title</name>
    <message>
        <source>受付が 完了しました</source>
        <translation>Your reception is complete</translation>
    </message>
</context>
<context>
    <name>done.withheld</name>
    <message>
        <source>提供しない 情報</source>
        <translation>Not provided</translation>
    </message>
</context>
<context>
    <name>error.title</name>
    <message>
        <source>受付を 続けられませんでした</source>
        <translation>Check-in could not continue</translation>
    </message>
</context>
<context>
    <name>face.failed.body</name>
    <message>
        <source>暗証番号で 確認するか、「係員を 呼ぶ」を 押してください。</source>
        <translation>Please use your PIN, or press "Call staff".</translation>
    </message>
</context>
<context>
    <name>face.failed.title</name>
    <message>
        <source>顔認証が できませんでした</source>
        <translation>Face recognition did not succeed</translation>
    </message>
</context>
<context>
    <name>face.prompt.blurry</name>
    <message>
        <source>動かずに そのまま お待ちください</source>
        <translation>Please hold still and wait</translation>
    </message>
</context>
<context>
    <name>face.prompt.multiple_faces</name>
    <message>
        <source>お一人ずつ カメラの 前に お立ちください</source>
        <translation>Please stand in front of the camera one person at a time</translation>
    </message>
</context>
<context>
    <name>face.prompt.no_face</name>
    <message>
        <source>カメラの ほうに お顔を 向けてください</source>
        <translation>Please turn your face toward the camera</translation>
    </message>
</context>
<context>
    <name>face.prompt.off_centre</name>
    <message>
        <source>お顔を 画面の 枠の 中に 入れてください</source>
        <translation>Please put your face inside the frame on the screen</translation>
    </message>
</context>
<context>
    <name>face.prompt.ok</name>
    <message>
        <source>そのまま お待ちください</source>
        <translation>Please stay like this and wait</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_bright</name>
    <message>
        <source>まぶしすぎます。少し 横に 動いてください</source>
        <translation>It is too bright. Please move a little to the side</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_dark</name>
    <message>
        <source>お顔が 暗く 写っています。帽子を 取るか、明るい ほうを 向いてください</source>
        <translation>Your face looks dark. Please take off your hat, or turn toward the light</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_large</name>
    <message>
        <source>もう少し 離れてください</source>
        <translation>Please move a little farther away</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_small</name>
    <message>
        <source>もう少し 近づいてください</source>
        <translation>Please come a little closer</translation>
    </message>
</context>
<context>
    <name>face.retry</name>
    <message>
        <source>もう一度 撮影します。カメラを 見てください</source>
        <translation>We will take the photo again. Please look at the camera</translation>
    </message>
</context>
<context>
    <name>face.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>Please look at the camera</translation>
    </message>
</context>
<context>
    <name>finishing.title</name>
    <message>
        <source>受付を しています</source>
        <translation>Checking you in</translation>
    </message>
</context>
<context>
    <name>help.call</name>
    <message>
        <source>係員を 呼ぶ</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>help.called</name>
    <message>
        <source>係員を 呼んでいます</source>
        <translation>Staff are coming</translation>
    </message>
</context>
<context>
    <name>help.cancel</name>
    <message>
        <source>やめる</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>idle.body</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>Please place the card on the card reader with the photo side facing up.</translation>
    </message>
</context>
<context>
    <name>idle.title</name>
    <message>
        <source>マイナンバーカードを 置いてください</source>
        <translation>Please place your My Number Card</translation>
    </message>
</context>
<context>
    <name>key.backspace</name>
    <message>
        <source>1つ消す</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>key.clear</name>
    <message>
        <source>全部消す</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>key.count</name>
    <message>
        <source>{typed}文字（{low}〜{high}文字）</source>
        <translation>{typed} characters ({low} to {high})</translation>
    </message>
</context>
<context>
    <name>key.submit</name>
    <message>
        <source>確定</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>limit.body</name>
    <message>
        <source>高額療養費制度を ご利用される 方は、カードを 取らずに 限度額情報を「提供する」を 押してください。窓口で 限度額以上の 支払いが 不要に なります。</source>
        <translation>If you use the high-cost medical expense system, leave the card and press "Provide": you pay no more than your limit at the counter.</translation>
    </message>
</context>
<context>
    <name>limit.provide</name>
    <message>
        <source>提供する</source>
        <translation>Provide</translation>
    </message>
</context>
<context>
    <name>limit.question</name>
    <message>
        <source>限度額情報を 提供しますか</source>
        <translation>Do you provide your expense limit information?</translation>
    </message>
</context>
<context>
    <name>limit.title</name>
    <message>
        <source>受付が 完了します。カードを カードリーダーから お取りください。</source>
        <translation>Your reception is complete. Please take your card from the card reader.</translation>
    </message>
</context>
<context>
    <name>limit.withhold</name>
    <message>
        <source>提供しない</source>
        <translation>Do not provide</translation>
    </message>
</context>
<context>
    <name>method.body</name>
    <message>
        <source>顔認証か、暗証番号（数字 4けた）を 選べます。</source>
        <translation>You can choose face recognition or a PIN (4-digit number).</translation>
    </message>
</context>
<context>
    <name>method.body_face_card</name>
    <message>
        <source>このカードは 顔認証で 確認します。</source>
        <translation>This card is checked with face recognition.</translation>
    </message>
</context>
<context>
    <name>method.body_face_only</name>
    <message>
        <source>顔認証で 確認します。暗証番号は 使えません。</source>
        <translation>Your identity will be checked with face recognition. The PIN cannot be used.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。「係員を 呼ぶ」を 押してください。</source>
        <translation>Your PIN is locked (reset it at your city office). Please press "Call staff".</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked_face</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。顔認証で 確認します。</source>
        <translation>Your PIN is locked (reset it at your city office). Please use face recognition.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_only</name>
    <message>
        <source>暗証番号（数字 4けた）で 確認します。</source>
        <translation>Your identity will be checked with your PIN (4-digit number).</translation>
    </message>
</context>
<context>
    <name>method.body_staff_only</name>
    <message>
        <source>係員が 確認します。「係員を 呼ぶ」を 押してください。</source>
        <translation>A staff member will check. Please press "Call staff".</translation>
    </message>
</context>
<context>
    <name>method.face</name>
    <message>
        <source>顔認証</source>
        <translation>Face recognition</translation>
    </message>
</context>
<context>
    <name>method.pin</name>
    <message>
        <source>暗証番号</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>method.pin_locked</name>
    <message>
        <source>暗証番号（ロック中）</source>
        <translation>PIN (locked)</translation>
    </message>
</context>
<context>
    <name>method.pin_tries</name>
    <message>
        <source>暗証番号（あと {tries} 回）</source>
        <translation>PIN (tries left: {tries})</translation>
    </message>
</context>
<context>
    <name>method.title</name>
    <message>
        <source>ご本人の 確認方法を 選んでください</source>
        <translation>Please choose how to confirm your identity</translation>
    </message>
</context>
<context>
    <name>name.busy</name>
    <message>
        <source>お待ちください</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>name.camera</name>
    <message>
        <source>カメラの 映像</source>
        <translation>Camera view</translation>
    </message>
</context>
<context>
    <name>name.picture.place</name>
    <message>
        <source>カードを 読み取り機に 置く 絵</source>
        <translation>Picture: putting the card on the reader</translation>
    </message>
</context>
<context>
    <name>name.picture.take</name>
    <message>
        <source>カードを 読み取り機から 取る 絵</source>
        <translation>Picture: taking the card from the reader</translation>
    </message>
</context>
<context>
    <name>name.progress</name>
    <message>
        <source>撮影の 進み具合</source>
        <translation>Capture progress</translation>
    </message>
</context>
<context>
    <name>pin.last</name>
    <message>
        <source>あと 1 回 まちがえると、カードが ロックされます。</source>
        <translation>If the PIN is wrong 1 more time, the card will be locked.</translation>
    </message>
</context>
<context>
    <name>pin.wrong.title</name>
    <message>
        <source>暗証番号が ちがいます</source>
        <translation>The PIN is wrong</translation>
    </message>
</context>
<context>
    <name>pin.title</name>
    <message>
        <source>暗証番号（数字 4けた）を 入力してください</source>
        <translation>Please enter your PIN (4-digit number)</translation>
    </message>
</context>
<context>
    <name>pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>You can try {tries} more times.</translation>
    </message>
</context>
<context>
    <name>pin.verifying</name>
    <message>
        <source>確認しています</source>
        <translation>Checking your PIN</translation>
    </message>
</context>
<context>
    <name>placement.flat</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>Please place the card on the card reader with the photo side facing up.</translation>
    </message>
</context>
<context>
    <name>placement.flat_face_down</name>
    <message>
        <source>顔写真のある面を 下にして、読み取り機の 上に 置いてください。</source>
        <translation>Please place the card on the card reader with the photo side facing down.</translation>
    </message>
</context>
<context>
    <name>placement.slot</name>
    <message>
        <source>顔写真のある面を 上にして、金色の ICチップの ほうから 差し込んでください。</source>
        <translation>With the photo side facing up, please insert the card with the gold IC chip end first.</translation>
    </message>
</context>
<context>
    <name>placement.tray</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 置き台に 置いてください。</source>
        <translation>Please place the card on the tray of the card reader with the photo side facing up.</translation>
    </message>
</context>
<context>
    <name>prescription.electronic</name>
    <message>
        <source>電子処方箋</source>
        <translation>Electronic prescription</translation>
    </message>
</context>
<context>
    <name>prescription.paper</name>
    <message>
        <source>紙の 処方箋</source>
        <translation>Paper prescription</translation>
    </message>
</context>
<context>
    <name>prescription.title</name>
    <message>
        <source>処方箋は どちらに しますか</source>
        <translation>Which type of prescription do you want?</translation>
    </message>
</context>
<context>
    <name>reading.body</name>
    <message>
        <source>カードを 動かさずに、そのまま お待ちください。</source>
        <translation>Please do not move the card. Please wait.</translation>
    </message>
</context>
<context>
    <name>reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>Reading your card</translation>
    </message>
</context>
<context>
    <name>registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>Sending your application</translation>
    </message>
</context>
<context>
    <name>registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>registration.body</name>
    <message>
        <source>申し込むと、この カードが 健康保険証として 使えるように なります。</source>
        <translation>If you apply, you can use this card as a health insurance card.</translation>
    </message>
</context>
<context>
    <name>registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>Do not apply</translation>
    </message>
</context>
<context>
    <name>registration.title</name>
    <message>
        <source>マイナンバーカードを 保険証として 使う 申し込みを しますか</source>
        <translation>Do you want to apply to use your My Number Card as a health insurance card?</translation>
    </message>
</context>
<context>
    <name>staff.body</name>
    <message>
        <source>カードの 写真と ご本人を 見比べてください。</source>
        <translation>Please compare the photo on the card with the person.</translation>
    </message>
</context>
<context>
    <name>staff.called</name>
    <message>
        <source>係員を 呼びました。そのまま お待ちください。</source>
        <translation>A staff member has been called. Please wait here.</translation>
    </message>
</context>
<context>
    <name>staff.confirm</name>
    <message>
        <source>ご本人です</source>
        <translation>This is the person</translation>
    </message>
</context>
<context>
    <name>staff.pin_refused</name>
    <message>
        <source>係員用の 暗証番号が ちがいます。</source>
        <translation>The staff PIN is wrong.</translation>
    </message>
</context>
<context>
    <name>staff.reject</name>
    <message>
        <source>確認できない</source>
        <translation>Cannot confirm</translation>
    </message>
</context>
<context>
    <name>staff.title</name>
    <message>
        <source>係員による 確認</source>
        <translation>Check by staff</translation>
    </message>
</context>
<context>
    <name>step.1</name>
    <message>
        <source>1/4 読み取り</source>
        <translation>1/4 Card</translation>
    </message>
</context>
<context>
    <name>step.2</name>
    <message>
        <source>2/4 本人確認</source>
        <translation>2/4 Identity</translation>
    </message>
</context>
<context>
    <name>step.3</name>
    <message>
        <source>3/4 同意の 確認</source>
        <translation>3/4 Consent</translation>
    </message>
</context>
<context>
    <name>step.4</name>
    <message>
        <source>4/4 受付完了</source>
        <translation>4/4 Done</translation>
    </message>
</context>
<context>
    <name>verified.title</name>
    <message>
        <source>ご本人と 確認できました</source>
        <translation>Your identity is confirmed</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>このままだと、まもなく 最初の 画面に 戻ります。</source>
        <translation>The screen will soon go back to the start.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ERROR</name>
    <message>
        <source>申請の 受付が できませんでした。係員に お声がけください。</source>
        <translation>Your application could not be taken. Please speak to a member of staff.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付申請書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>The application ID does not look right. Check the 23-digit number on the application form and enter it again.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_QR_INVALID</name>
    <message>
        <source>交付申請書の QRコードを 読み取れませんでした。もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>The QR code on the application form could not be read. Hold it up again, or enter the application ID.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DETAILS_INCOMPLETE</name>
    <message>
        <source>お名前・ご住所・生年月日に 足りないところが あります。係員と いっしょに 確かめてください。</source>
        <translation>Your name, address or date of birth is incomplete. Please check them together with staff.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_EMAIL_INVALID</name>
    <message>
        <source>メールアドレスが 正しくないようです。もう一度 入力するか、メールなしで 進んでください。</source>
        <translation>The e-mail address does not look right. Enter it again, or continue without e-mail.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DOCUMENTS_INSUFFICIENT</name>
    <message>
        <source>本人確認書類が 足りません。顔写真つきの 書類 1点か、ほかの 書類 2点を 係員に 見せてください。</source>
        <translation>Not enough identity documents. Please show staff one document with your photo, or two other documents.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_PHOTO_CAMERA_MISSING</name>
    <message>
        <source>写真を 撮る カメラが つながっていません。カメラを つないでから、もう一度 撮影してください。</source>
        <translation>The camera for the photo is not connected. Please connect the camera and take the photo again.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECORD_DAMAGED</name>
    <message>
        <source>保存した 申請を 開けませんでした。管理者に 連絡してください。</source>
        <translation>A saved application could not be opened. Please contact the administrator.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_UNKNOWN_SESSION</name>
    <message>
        <source>この 受付の 記録が 見つかりません。管理者に 連絡してください。</source>
        <translation>The record of this intake session was not found. Please contact the administrator.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_BUNDLE_INVALID</name>
    <message>
        <source>申請の ファイルが 正しくないため、取り込みませんでした。管理者に 連絡してください。</source>
        <translation>The application file is not valid, so it was not imported. Please contact the administrator.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECEIPT_INVALID</name>
    <message>
        <source>取り込みの 受領ファイルが 正しくないため、申請は 消していません。管理者に 連絡してください。</source>
        <translation>The import receipt file is not valid, so the applications were not deleted. Please contact the administrator.</translation>
    </message>
</context>
<context>
    <name>counter.refused.again</name>
    <message>
        <source>もう一度 入力する</source>
        <translation>Enter it again</translation>
    </message>
</context>
<context>
    <name>page.next</name>
    <message>
        <source>つぎへ</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>page.back</name>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.title</name>
    <message>
        <source>マイナンバーカードの 申請を お手伝いします</source>
        <translation>We will help you apply for your My Number Card</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.body</name>
    <message>
        <source>係員が ご案内します。</source>
        <translation>A staff member will guide you.</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.title</name>
    <message>
        <source>交付申請書を お持ちですか</source>
        <translation>Do you have your application form?</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.body</name>
    <message>
        <source>お持ちでしたら、係員に お渡しください。なくても 申請できます。</source>
        <translation>If you have it, please hand it to the staff member. You can apply without it.</translation>
    </message>
</context>
<context>
    <name>application.resident.details.title</name>
    <message>
        <source>係員が 入力しています</source>
        <translation>A staff member is entering your details</translation>
    </message>
</context>
<context>
    <name>application.resident.wait</name>
    <message>
        <source>少し お待ちください。</source>
        <translation>Please wait a moment.</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.title</name>
    <message>
        <source>この 内容で 正しいですか</source>
        <translation>Are these details correct?</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.yes</name>
    <message>
        <source>はい、正しいです</source>
        <translation>Yes, they are correct</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.no</name>
    <message>
        <source>なおしてほしい</source>
        <translation>Please correct them</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.title</name>
    <message>
        <source>メールアドレスが あれば、係員に お伝えください</source>
        <translation>If you have an e-mail address, please tell the staff member</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.body</name>
    <message>
        <source>申請の お知らせが メールで 届きます。なくても 申請できます。</source>
        <translation>News about your application will come by e-mail. You can apply without one.</translation>
    </message>
</context>
<context>
    <name>application.resident.documents.title</name>
    <message>
        <source>本人確認書類を 係員に お見せください</source>
        <translation>Please show your identity documents to the staff member</translation>
    </message>
</context>
<context>
    <name>application.resident.delivery.title</name>
    <message>
        <source>カードの 受け取り方を 係員と 決めてください</source>
        <translation>Please decide with the staff member how to receive your card</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>Please look at the camera</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.body</name>
    <message>
        <source>そろったら 自動で 撮ります。</source>
        <translation>The photo is taken automatically when everything is right.</translation>
    </message>
</context>
<context>
    <name>application.resident.review.title</name>
    <message>
        <source>この 写真で 申請しますか</source>
        <translation>Apply with this photo?</translation>
    </message>
</context>
<context>
    <name>application.resident.review.accept</name>
    <message>
        <source>この 写真で 申請する</source>
        <translation>Apply with this photo</translation>
    </message>
</context>
<context>
    <name>application.resident.review.retake</name>
    <message>
        <source>撮りなおす</source>
        <translation>Take it again</translation>
    </message>
</context>
<context>
    <name>application.resident.review.photo</name>
    <message>
        <source>申請に 使う 写真</source>
        <translation>Photo for the application</translation>
    </message>
</context>
<context>
    <name>application.resident.saving.title</name>
    <message>
        <source>申請を 保存しています</source>
        <translation>Saving your application</translation>
    </message>
</context>
<context>
    <name>application.resident.save_failed.title</name>
    <message>
        <source>係員が 確認しています</source>
        <translation>A staff member is checking</translation>
    </message>
</context>
<context>
    <name>application.resident.done.title</name>
    <message>
        <source>申請を 受け付けました</source>
        <translation>Your application has been received</translation>
    </message>
</context>
<context>
    <name>application.resident.done.body</name>
    <message>
        <source>ありがとうございました。</source>
        <translation>Thank you very much.</translation>
    </message>
</context>
<context>
    <name>application.photo.ok</name>
    <message>
        <source>この 写真で 申請できます</source>
        <translation>This photo can be used for the application</translation>
    </message>
</context>
<context>
    <name>application.photo.no_face</name>
    <message>
        <source>お顔が 写っていません。カメラの ほうを 向いてください</source>
        <translation>Your face cannot be seen. Please turn towards the camera</translation>
    </message>
</context>
<context>
    <name>application.photo.multiple_people</name>
    <message>
        <source>お一人だけで 写ってください</source>
        <translation>Only one person, please</translation>
    </message>
</context>
<context>
    <name>application.photo.too_large</name>
    <message>
        <source>もう少し カメラから 離れてください</source>
        <translation>Please move a little away from the camera</translation>
    </message>
</context>
<context>
    <name>application.photo.too_small</name>
    <message>
        <source>もう少し カメラに 近づいてください</source>
        <translation>Please come a little closer to the camera</translation>
    </message>
</context>
<context>
    <name>application.photo.off_centre</name>
    <message>
        <source>お顔を 枠の まんなかに 合わせてください</source>
        <translation>Please put your face in the middle of the frame</translation>
    </message>
</context>
<context>
    <name>application.photo.head_cut_off</name>
    <message>
        <source>頭の 上まで 写るように してください。帽子は 取ってください</source>
        <translation>The whole top of your head must be in the photo. Please take off any hat</translation>
    </message>
</context>
<context>
    <name>application.photo.not_frontal</name>
    <message>
        <source>顔を まっすぐ 正面に 向けて、首を かたむけないでください</source>
        <translation>Please face straight ahead and keep your head level</translation>
    </message>
</context>
<context>
    <name>application.photo.eyes_closed</name>
    <message>
        <source>目を 開けて カメラを 見てください</source>
        <translation>Please open your eyes and look at the camera</translation>
    </message>
</context>
<context>
    <name>application.photo.too_dark</name>
    <message>
        <source>暗すぎます。明るい ところで 撮りましょう</source>
        <translation>It is too dark. Let us take it somewhere brighter</translation>
    </message>
</context>
<context>
    <name>application.photo.too_bright</name>
    <message>
        <source>明るすぎます。光が 直接 当たらない ところで 撮りましょう</source>
        <translation>It is too bright. Let us take it out of direct light</translation>
    </message>
</context>
<context>
    <name>application.photo.uneven_light</name>
    <message>
        <source>お顔に 影が あります。光が 顔全体に 当たるように してください</source>
        <translation>There is a shadow on your face. Please have light on your whole face</translation>
    </message>
</context>
<context>
    <name>application.photo.blurry</name>
    <message>
        <source>写真が ぼやけています。動かずに そのまま お待ちください</source>
        <translation>The photo is blurred. Please stay still and wait</translation>
    </message>
</context>
<context>
    <name>application.photo.busy_background</name>
    <message>
        <source>うしろに 模様や 物が 写っています。無地の 壁の 前に 立ってください</source>
        <translation>There are patterns or things behind you. Please stand in front of a plain wall</translation>
    </message>
</context>
</TS>
