<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="ja">
<context>
    <name>CAMERA_ERROR</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>摄像头无法使用。请改用PIN码，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>CAMERA_LOST</name>
    <message>
        <source>カメラが 止まりました。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>摄像头已停止。请改用PIN码，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>CAMERA_UNAVAILABLE</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>摄像头无法使用。请改用PIN码，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>CARD_ABSENT</name>
    <message>
        <source>カードが 見つかりません。カードを 読み取り機に 置いてください。</source>
        <translation>没有找到卡。请把卡放在读卡器上。</translation>
    </message>
</context>
<context>
    <name>CARD_BAD_RESPONSE</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。直らないときは 係員をお呼びください。</source>
        <translation>未能正确读取卡。请先拿起卡，再重新放上。如果仍然不行，请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>CARD_CERT_EXPIRED</name>
    <message>
        <source>カードの 電子証明書の 有効期限が 切れています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>卡的电子证书已过有效期。请告诉前台。您可以在您居住地的市区町村政府窗口办理更新。</translation>
    </message>
</context>
<context>
    <name>CARD_ERROR</name>
    <message>
        <source>カードを 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>未能读取卡。请先拿起卡，再重新放上。</translation>
    </message>
</context>
<context>
    <name>CARD_NOT_MYNUMBER</name>
    <message>
        <source>マイナンバーカードでは ないようです。マイナンバーカードを 置いてください。</source>
        <translation>这似乎不是个人编号卡。请放上个人编号卡。</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_BLOCKED</name>
    <message>
        <source>暗証番号が ロックされています。顔認証か、係員による確認に 切り替えられます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>PIN码已被锁定。您可以改用人脸识别，或由工作人员确认。PIN码可以在您居住地的市区町村政府窗口重新设置。</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>PIN码是4位数字。请重新输入。</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_NOT_SET</name>
    <message>
        <source>このカードは 暗証番号を 使いません。顔認証か、係員による確認を 選んでください。</source>
        <translation>这张卡不使用PIN码。请选择人脸识别，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_WRONG</name>
    <message>
        <source>暗証番号が ちがいます。あと {tries} 回 まちがえると、カードが ロックされます。</source>
        <translation>PIN码不正确。如果再输错{tries}次，卡将被锁定。</translation>
    </message>
</context>
<context>
    <name>CARD_REMOVED</name>
    <message>
        <source>カードが はずれました。カードを もう一度 置いてください。</source>
        <translation>卡被拿开了。请重新放上卡。</translation>
    </message>
</context>
<context>
    <name>CARD_SECURITY_STATUS</name>
    <message>
        <source>確認が まだ 終わっていません。最初から やり直してください。</source>
        <translation>确认还没有完成。请从头重新开始。</translation>
    </message>
</context>
<context>
    <name>CARD_SIGNATURE_INVALID</name>
    <message>
        <source>カードを 確認できませんでした。係員をお呼びください。</source>
        <translation>无法确认这张卡。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>CARD_UNEXPECTED_STATUS</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>未能正确读取卡。请先拿起卡，再重新放上。</translation>
    </message>
</context>
<context>
    <name>CONFIG_INVALID</name>
    <message>
        <source>この端末の 設定に 誤りが あります。係員をお呼びください。</source>
        <translation>本机的设置有误。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_HANDED_OVER</name>
    <message>
        <source>このカードは すでに お渡し済みです。係員が 記録を 確認します。</source>
        <translation>这张卡已经交付过了。工作人员会核对记录。</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_IN_PROGRESS</name>
    <message>
        <source>この申請は いま {desk} で 手続き中です。その窓口に 確認してください。</source>
        <translation>此申请目前正在{desk}办理。请向该窗口确认。</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_CLOSED</name>
    <message>
        <source>このカードは 返納されているため、お渡しできません。係員が ご案内します。</source>
        <translation>这张卡已被交还注销，因此无法交付。工作人员会为您说明。</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付通知書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>申请书ID的号码似乎不正确。请核对领卡通知书上的23位号码，然后重新输入。</translation>
    </message>
</context>
<context>
    <name>COUNTER_CANCELLED</name>
    <message>
        <source>手続きを 中止しました。係員が ご案内します。</source>
        <translation>手续已中止。工作人员会为您说明。</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_MISMATCH</name>
    <message>
        <source>このカードは この申請の カードでは ありません。係員が カードを 確認します。</source>
        <translation>这张卡不是此申请的卡。工作人员会核对卡片。</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_SWAPPED</name>
    <message>
        <source>読み取り機の カードが 手続き中の カードと ちがいます。係員が 確認します。</source>
        <translation>读卡器上的卡与正在办理的卡不同。工作人员会进行确认。</translation>
    </message>
</context>
<context>
    <name>COUNTER_CLAIM_CLOSED</name>
    <message>
        <source>この手続きは 終わっています。申請書IDの 読み取りから やり直してください。</source>
        <translation>此手续已经结束。请从读取申请书ID开始重新办理。</translation>
    </message>
</context>
<context>
    <name>COUNTER_ERROR</name>
    <message>
        <source>窓口の 手続きが できませんでした。係員に お声がけください。</source>
        <translation>无法办理窗口手续。请告诉工作人员。</translation>
    </message>
</context>
<context>
    <name>COUNTER_FACE_CARD_NO_PINS</name>
    <message>
        <source>顔認証マイナンバーカードには 暗証番号を 設定しません。次へ 進んでください。</source>
        <translation>人脸识别专用个人编号卡不设置PIN码。请进入下一步。</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_NOT_CONFIRMED</name>
    <message>
        <source>ご本人の 確認が まだ 済んでいません。本人確認を してから 進んでください。</source>
        <translation>还没有完成本人确认。请先确认本人身份，然后继续。</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_REFUSED</name>
    <message>
        <source>ご本人の 確認が できませんでした。係員が ご案内します。</source>
        <translation>未能确认本人身份。工作人员会为您说明。</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_FAILED</name>
    <message>
        <source>職員IDか パスワードが ちがいます。もう一度 入力してください。</source>
        <translation>职员ID或密码不正确。请重新输入。</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_LOCKED</name>
    <message>
        <source>パスワードを 続けて まちがえたため、{until} まで ログインできません。お待ちいただくか、管理者に パスワードの 再設定を 頼んでください。</source>
        <translation>由于连续输错密码，在{until}之前无法登录。请等待，或请管理员重新设置密码。</translation>
    </message>
</context>
<context>
    <name>COUNTER_NOT_READY</name>
    <message>
        <source>カードは まだ できあがっていません。交付通知書が 届いてから、もう一度 お越しください。</source>
        <translation>卡还没有制作完成。收到领卡通知书后，请再来办理。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PDF_FAILED</name>
    <message>
        <source>受領書と 控えを 保存できませんでした。係員をお呼びください。</source>
        <translation>未能保存收据和副本。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PINS_NOT_SET</name>
    <message>
        <source>設定されていない 暗証番号が あります。係員が もう一度 設定の 手続きを します。</source>
        <translation>有尚未设置的密码。工作人员会再次办理设置手续。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_CONFIRM_MISMATCH</name>
    <message>
        <source>1回目と 2回目の 入力が ちがいました。同じ 番号を もう一度 2回 入力してください。</source>
        <translation>第1次和第2次输入的号码不一致。请把同一个号码再输入2次。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>PIN码是4位数字。请重新输入。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_MISSING</name>
    <message>
        <source>まだ 決めていない 暗証番号が あります。画面の 案内に そって 入力してください。</source>
        <translation>还有没设定的PIN码。请按照画面上的提示输入。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_RULE</name>
    <message>
        <source>この暗証番号は 使えません。画面の 説明を 見て、もう一度 入力してください。</source>
        <translation>这个PIN码不能使用。请看画面上的说明，然后重新输入。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINTER_MISSING</name>
    <message>
        <source>プリンターが 見つかりません。受領書と 控えは PDFで 保存しました。</source>
        <translation>没有找到打印机。收据和副本已保存为PDF。</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINT_FAILED</name>
    <message>
        <source>印刷が できませんでした。受領書と 控えは PDFで 保存しました。</source>
        <translation>未能打印。收据和副本已保存为PDF。</translation>
    </message>
</context>
<context>
    <name>COUNTER_QR_INVALID</name>
    <message>
        <source>交付通知書の QRコードを 読み取れませんでした。はがきの QRコードを もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>未能读取领卡通知书上的二维码。请把明信片上的二维码再对准一次，或者输入申请书ID。</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_PASSWORD_FORMAT</name>
    <message>
        <source>署名用の パスワードは、英字の 大文字と 数字を どちらも 入れて、6文字から 16文字で 決めてください。もう一度 入力してください。</source>
        <translation>签名用的密码须为6至16个字符，并且同时包含大写英文字母和数字。请重新输入。</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_UNDER_15</name>
    <message>
        <source>15歳未満の 方は、署名用の パスワードを 設定しません。次へ 進んでください。</source>
        <translation>未满15岁的人不设置签名用的密码。请进入下一步。</translation>
    </message>
</context>
<context>
    <name>COUNTER_STAFF_INACTIVE</name>
    <message>
        <source>この 職員IDは 使えません。管理者に 確認してください。</source>
        <translation>此职员ID不能使用。请向管理员确认。</translation>
    </message>
</context>
<context>
    <name>COUNTER_UNKNOWN_APPLICATION</name>
    <message>
        <source>この 申請は 見つかりませんでした。係員が 交付通知書を 確認します。</source>
        <translation>没有找到此申请。工作人员会核对领卡通知书。</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_BAD_ANSWER</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>未能确认您的健康保险资格。请告诉前台。</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_CERT_REVOKED</name>
    <message>
        <source>カードの 電子証明書が 使えなくなっています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>卡的电子证书已无法使用。请告诉前台。您可以在您居住地的市区町村政府窗口办理更新。</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_ERROR</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>未能确认您的健康保险资格。请告诉前台。</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_JPKI_MAINTENANCE</name>
    <message>
        <source>いま 点検中のため、この手続きは できません。受付に お声がけください。</source>
        <translation>系统正在维护，现在无法办理此手续。请告诉前台。</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_UNAVAILABLE</name>
    <message>
        <source>いま 保険の 資格を 確認できません。受付に お声がけください。「資格情報のお知らせ」か 資格確認書が あれば、受付に お出しください。</source>
        <translation>现在无法确认您的健康保险资格。请告诉前台。如果您有“资格信息通知”或资格确认书，请交给前台。</translation>
    </message>
</context>
<context>
    <name>FACE_ATTEMPTS_EXHAUSTED</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>人脸识别没有成功。请改用PIN码，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>FACE_CARD_PHOTO_UNUSABLE</name>
    <message>
        <source>カードの 写真では 顔認証が できません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>卡上的照片无法用于人脸识别。请选择PIN码，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>FACE_ENGINE_UNAVAILABLE</name>
    <message>
        <source>顔認証が いま 使えません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>人脸识别现在无法使用。请选择PIN码，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>FACE_ERROR</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>人脸识别没有成功。请改用PIN码，或由工作人员确认。</translation>
    </message>
</context>
<context>
    <name>FACE_NOT_FOUND</name>
    <message>
        <source>写真に お顔が 見つかりませんでした。係員をお呼びください。</source>
        <translation>照片中没有找到人脸。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>HANDOFF_FAILED</name>
    <message>
        <source>受付の 手続きは 終わりましたが、受付の システムへの 連絡が できませんでした。カードを お取りになり、受付に お声がけください。</source>
        <translation>前台手续已经完成，但未能通知前台系统。请取回您的卡，并告诉前台。</translation>
    </message>
</context>
<context>
    <name>IMAGE_INVALID</name>
    <message>
        <source>写真を 読み取れませんでした。係員をお呼びください。</source>
        <translation>未能读取照片。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_ERROR</name>
    <message>
        <source>カードに 暗証番号を 設定できませんでした。係員に お声がけください。</source>
        <translation>未能在卡上设置PIN码。请告诉工作人员。</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_INCOMPLETE</name>
    <message>
        <source>暗証番号の 設定が 途中で 止まりました。設定できたもの：{set}。まだのもの：{missing}。係員が カードを 読み取り機に もう一度 置くと、続きから 設定します。</source>
        <translation>PIN码的设置中途停止了。已设置：{set}。尚未设置：{missing}。工作人员把卡重新放到读卡器上，就会从中断的地方继续设置。</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_NEEDS_JLIS</name>
    <message>
        <source>この端末では カードに 暗証番号を 設定できません。係員が 専用の 端末で 設定します。</source>
        <translation>本机无法在卡上设置PIN码。工作人员会用专用设备为您设置。</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_PIN_REFUSED</name>
    <message>
        <source>このカードには この暗証番号を 設定できません。係員が 確認します。</source>
        <translation>这张卡不能设置这个PIN码。工作人员会进行确认。</translation>
    </message>
</context>
<context>
    <name>KIOSK_ERROR</name>
    <message>
        <source>うまく いきませんでした。係員をお呼びください。</source>
        <translation>操作没有成功。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_BIRTH_DATE</name>
    <message>
        <source>誕生日から わかる 番号は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>能从生日推测出的号码，容易被别人猜到。您仍然可以设置这个号码。</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_COMMON</name>
    <message>
        <source>よく 使われる 番号で、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>这是常用的号码，容易被别人猜到。您仍然可以设置这个号码。</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_REPEATED</name>
    <message>
        <source>同じ 数字の くり返しは、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>重复相同数字的号码，容易被别人猜到。您仍然可以设置这个号码。</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_SEQUENCE</name>
    <message>
        <source>順番に 並んだ 数字は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>按顺序排列的数字，容易被别人猜到。您仍然可以设置这个号码。</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_YEAR</name>
    <message>
        <source>生まれた年や 今年の 年は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>出生年份或今年的年份，容易被别人猜到。您仍然可以设置这个号码。</translation>
    </message>
</context>
<context>
    <name>READER_BUSY</name>
    <message>
        <source>カード読み取り機が ほかで 使われています。少し 待ってから、もう一度 お試しください。</source>
        <translation>读卡器正在被其他地方使用。请稍等，然后再试一次。</translation>
    </message>
</context>
<context>
    <name>READER_UNAVAILABLE</name>
    <message>
        <source>カード読み取り機が 使えません。係員をお呼びください。</source>
        <translation>读卡器无法使用。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>REGISTRATION_NEEDS_FACE</name>
    <message>
        <source>このカードは 暗証番号が ないため、ここでは 申し込めません。病院や 薬局の 顔認証付きカードリーダーで 申し込めます。</source>
        <translation>这张卡没有密码，因此不能在这里申请。可以在医院或药店的人脸识别读卡器上申请。</translation>
    </message>
</context>
<context>
    <name>SECRET_STORE_UNAVAILABLE</name>
    <message>
        <source>いま この受付機が 使えません。係員をお呼びください。</source>
        <translation>本机现在无法使用。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>STAFF_REJECTED</name>
    <message>
        <source>ご本人の 確認が できませんでした。受付に お声がけください。</source>
        <translation>未能确认本人身份。请告诉前台。</translation>
    </message>
</context>
<context>
    <name>STORE_ERROR</name>
    <message>
        <source>受付の 記録が できませんでした。係員をお呼びください。</source>
        <translation>未能保存受理记录。请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>STORE_UNAVAILABLE</name>
    <message>
        <source>いま 受付の 記録が できません。少し 待ってから、もう一度 お試しください。直らないときは 係員をお呼びください。</source>
        <translation>现在无法保存受理记录。请稍等，然后再试一次。如果仍然不行，请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>TIMEOUT</name>
    <message>
        <source>時間が たちましたので、最初に 戻ります。カードを お取りください。</source>
        <translation>时间已到，将返回开始画面。请取回您的卡。</translation>
    </message>
</context>
<context>
    <name>VOICE_SYNTHESIS_FAILED</name>
    <message>
        <source>音声の 案内が 出せません。画面の 文字を ご覧ください。</source>
        <translation>无法播放语音提示。请看画面上的文字。</translation>
    </message>
</context>
<context>
    <name>access.contrast.off</name>
    <message>
        <source>ふつうの 色に もどす</source>
        <translation>恢复普通颜色</translation>
    </message>
</context>
<context>
    <name>access.contrast.on</name>
    <message>
        <source>見やすい 色に する</source>
        <translation>换成易看的颜色</translation>
    </message>
</context>
<context>
    <name>access.furigana.off</name>
    <message>
        <source>ふりがなを 消す</source>
        <translation>隐藏假名注音</translation>
    </message>
</context>
<context>
    <name>access.furigana.on</name>
    <message>
        <source>ふりがなを つける</source>
        <translation>显示假名注音</translation>
    </message>
</context>
<context>
    <name>access.language</name>
    <message>
        <source>ほかの 言語を 選べます</source>
        <translation>选择其他语言</translation>
    </message>
</context>
<context>
    <name>access.replay</name>
    <message>
        <source>もう一度 聞く</source>
        <translation>再听一遍</translation>
    </message>
</context>
<context>
    <name>access.size.1</name>
    <message>
        <source>文字の 大きさ：標準</source>
        <translation>文字大小：标准</translation>
    </message>
</context>
<context>
    <name>access.size.2</name>
    <message>
        <source>文字の 大きさ：大</source>
        <translation>文字大小：大</translation>
    </message>
</context>
<context>
    <name>access.size.3</name>
    <message>
        <source>文字の 大きさ：特大</source>
        <translation>文字大小：特大</translation>
    </message>
</context>
<context>
    <name>back</name>
    <message>
        <source>もどる</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>blocked.body</name>
    <message>
        <source>顔認証か、係員による 確認で 受付できます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>您可以改用人脸识别，或由工作人员确认来办理。PIN码可以在您居住地的市区町村政府窗口重新设置。</translation>
    </message>
</context>
<context>
    <name>blocked.title</name>
    <message>
        <source>暗証番号が ロックされています</source>
        <translation>PIN码已被锁定</translation>
    </message>
</context>
<context>
    <name>cancelled.body</name>
    <message>
        <source>受付は 完了していません。カードを お取りください。</source>
        <translation>受理尚未完成。请取下您的卡。</translation>
    </message>
</context>
<context>
    <name>cancelled.title</name>
    <message>
        <source>受付を やめました</source>
        <translation>已取消受理</translation>
    </message>
</context>
<context>
    <name>checking.body</name>
    <message>
        <source>保険の 資格を 確認しています。そのまま お待ちください。</source>
        <translation>正在确认保险资格。请稍候。</translation>
    </message>
</context>
<context>
    <name>checking.title</name>
    <message>
        <source>保険の 資格を 確認しています</source>
        <translation>正在确认您的健康保险资格</translation>
    </message>
</context>
<context>
    <name>consent.agree</name>
    <message>
        <source>同意する</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>consent.all</name>
    <message>
        <source>まとめて 同意する</source>
        <translation>全部同意</translation>
    </message>
</context>
<context>
    <name>consent.body.checkup_2021</name>
    <message>
        <source>メタボ健診（40～74歳）や 高齢者健診（75歳以上）の 結果を 提供します。</source>
        <translation>将提供代谢综合征体检（40～74岁）和高龄者体检（75岁以上）的结果。</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-checkup</name>
    <message>
        <source>まとめて 同意すると、手術以外の 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>全部同意后，将提供过去的（手术以外的）诊疗和用药信息以及健康信息（特定健康检查）。</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報を 提供します。</source>
        <translation>全部同意后，将提供包括手术在内的过去的诊疗和用药信息。</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>全部同意后，将提供包括手术在内的过去的诊疗和用药信息以及健康信息（特定健康检查）。</translation>
    </message>
</context>
<context>
    <name>consent.bundle.surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術の 情報と 健康情報（特定健診）を 提供します。</source>
        <translation>全部同意后，将提供过去的手术信息以及健康信息（特定健康检查）。</translation>
    </message>
</context>
<context>
    <name>consent.bundle.title</name>
    <message>
        <source>医師・薬剤師に 提供する 情報を 選んでください</source>
        <translation>请选择向医生和药剂师提供的信息</translation>
    </message>
</context>
<context>
    <name>consent.decline</name>
    <message>
        <source>同意しない</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>consent.decline.checkup_2021</name>
    <message>
        <source>同意しない・40歳未満</source>
        <translation>不同意・未满40岁</translation>
    </message>
</context>
<context>
    <name>consent.each</name>
    <message>
        <source>1つずつ 選ぶ</source>
        <translation>逐项选择</translation>
    </message>
</context>
<context>
    <name>consent.purpose</name>
    <message>
        <source>この 情報は あなたの 診療や 健康管理の ために 使用します。</source>
        <translation>这些信息将用于您的诊疗和健康管理。</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup</name>
    <message>
        <source>（40歳以上 対象）過去の 健康情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>（40岁以上适用）您是否同意向本机构提供过去的健康信息？</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup_2021</name>
    <message>
        <source>40歳以上 対象 特定健診情報の 提供に ついて</source>
        <translation>40岁以上适用：关于提供特定健康检查信息</translation>
    </message>
</context>
<context>
    <name>consent.title.medication</name>
    <message>
        <source>過去の 手術以外の 診療・お薬情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>您是否同意向本机构提供过去的（手术以外的）诊疗和用药信息？</translation>
    </message>
</context>
<context>
    <name>consent.title.surgery</name>
    <message>
        <source>過去の 手術の 情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>您是否同意向本机构提供过去的手术信息？</translation>
    </message>
</context>
<context>
    <name>counter.choice.already_set</name>
    <message>
        <source>この カードには すでに 設定された 暗証番号が あります。その 暗証番号は 変わりません。</source>
        <translation>这张卡上已经设置了PIN码。这些PIN码保持不变。</translation>
    </message>
</context>
<context>
    <name>counter.choice.body</name>
    <message>
        <source>顔認証マイナンバーカードは 暗証番号が ありません。コンビニや マイナポータルでは 使えません。</source>
        <translation>人脸识别专用个人编号卡没有PIN码。这种卡不能在便利店或Mynaportal上使用。</translation>
    </message>
</context>
<context>
    <name>counter.choice.body_face_card</name>
    <message>
        <source>顔認証マイナンバーカードを 選ばれています。</source>
        <translation>您已选择人脸识别专用个人编号卡。</translation>
    </message>
</context>
<context>
    <name>counter.choice.face_card</name>
    <message>
        <source>顔認証マイナンバーカードにする（暗証番号なし）</source>
        <translation>选择人脸识别专用卡（无PIN码）</translation>
    </message>
</context>
<context>
    <name>counter.choice.pins</name>
    <message>
        <source>暗証番号を 設定する</source>
        <translation>设置PIN码</translation>
    </message>
</context>
<context>
    <name>counter.choice.title</name>
    <message>
        <source>カードの 使い方を 選んでください</source>
        <translation>请选择卡的使用方式</translation>
    </message>
</context>
<context>
    <name>counter.done.body</name>
    <message>
        <source>係員から カードと 控えを お受け取りください。</source>
        <translation>请从工作人员那里领取您的卡和副本。</translation>
    </message>
</context>
<context>
    <name>counter.done.title</name>
    <message>
        <source>手続きが 終わりました</source>
        <translation>手续已完成</translation>
    </message>
</context>
<context>
    <name>counter.jlis.body</name>
    <message>
        <source>暗証番号は、係員が ご案内する 専用の 端末で 設定します。</source>
        <translation>密码将在工作人员引导的专用终端上设置。</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.auth</name>
    <message>
        <source>利用者証明用の 暗証番号を 決めてください</source>
        <translation>请设定用户身份验证用PIN码</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号を 決めてください</source>
        <translation>请设定居民基本台账用PIN码</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号を 決めてください</source>
        <translation>请设定卡面信息输入辅助用PIN码</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.sign</name>
    <message>
        <source>署名用の パスワードを 決めてください</source>
        <translation>请设定签名用密码</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.auth</name>
    <message>
        <source>利用者証明用 電子証明書の 暗証番号（数字 4けた）</source>
        <translation>用户身份验证电子证书的PIN码（4位数字）</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号（数字 4けた）</source>
        <translation>居民基本台账用的PIN码（4位数字）</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号（数字 4けた）</source>
        <translation>卡面信息输入辅助用的PIN码（4位数字）</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.sign</name>
    <message>
        <source>署名用 電子証明書の パスワード（英字の大文字と数字 6〜16文字）</source>
        <translation>签名用电子证书的密码（大写英文字母和数字，6至16个字符）</translation>
    </message>
</context>
<context>
    <name>counter.pin.private</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>其他人看不到这个画面。号码不会显示出来。</translation>
    </message>
</context>
<context>
    <name>counter.pin.second</name>
    <message>
        <source>確認のため、もう一度 入力してください</source>
        <translation>为了确认，请再输入一次</translation>
    </message>
</context>
<context>
    <name>counter.registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>申请</translation>
    </message>
</context>
<context>
    <name>counter.registration.body</name>
    <message>
        <source>申し込むと、病院や 薬局で この カードが 保険証として 使えます。</source>
        <translation>申请后，这张卡可以在医院和药店作为健康保险证使用。</translation>
    </message>
</context>
<context>
    <name>counter.registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>不申请</translation>
    </message>
</context>
<context>
    <name>counter.registration.pin_note</name>
    <message>
        <source>申し込みには 利用者証明用の 暗証番号（数字 4けた）を 使います。</source>
        <translation>申请时需要使用用户证明用密码（4位数字）。</translation>
    </message>
</context>
<context>
    <name>counter.registration.title</name>
    <message>
        <source>保険証として 使う 申し込みを しますか</source>
        <translation>要申请作为健康保险证使用吗？</translation>
    </message>
</context>
<context>
    <name>counter.same.body</name>
    <message>
        <source>利用者証明用・住民基本台帳用・券面事項入力補助用は 同じ 数字に できます。</source>
        <translation>用户身份验证电子证书、居民基本台账用和卡面信息输入辅助用这3个PIN码，可以设为相同的号码。</translation>
    </message>
</context>
<context>
    <name>counter.same.separate</name>
    <message>
        <source>別々に 決める</source>
        <translation>分别设定</translation>
    </message>
</context>
<context>
    <name>counter.same.title</name>
    <message>
        <source>ほかの 2つの 暗証番号も 同じ 数字に しますか</source>
        <translation>另外2个PIN码也设为相同的号码吗？</translation>
    </message>
</context>
<context>
    <name>counter.same.use</name>
    <message>
        <source>同じに する</source>
        <translation>设为相同</translation>
    </message>
</context>
<context>
    <name>counter.support.already.title</name>
    <message>
        <source>この カードは すでに 保険証として 使えます</source>
        <translation>这张卡已经可以作为保险证使用</translation>
    </message>
</context>
<context>
    <name>counter.support.checking.title</name>
    <message>
        <source>確認しています</source>
        <translation>正在确认</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.body</name>
    <message>
        <source>受付の 読み取り機で、これまでの お薬や 健診の 結果を 医師や 薬剤師に 見せてよいか 聞かれます。見せると、より よい 診療に 役立ちます。見せなくても 診療は 受けられます。</source>
        <translation>在前台读卡器上，会询问是否允许医生和药剂师查看您以往的用药和体检结果。出示这些信息有助于获得更好的诊疗。不出示也可以就诊。</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.ok</name>
    <message>
        <source>わかりました</source>
        <translation>我明白了</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.title</name>
    <message>
        <source>病院や 薬局で 聞かれる ことが あります</source>
        <translation>在医院和药店可能会被询问的事项</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.body</name>
    <message>
        <source>あとからでも、病院や 薬局の 受付の 読み取り機や、市区町村の 窓口で 申し込めます。</source>
        <translation>之后也可以在医院或药店前台的读卡器、或市区町村的窗口申请。</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.title</name>
    <message>
        <source>申し込みは しませんでした</source>
        <translation>没有申请</translation>
    </message>
</context>
<context>
    <name>counter.support.done.title</name>
    <message>
        <source>申し込みが 終わりました</source>
        <translation>申请已完成</translation>
    </message>
</context>
<context>
    <name>counter.support.face.title</name>
    <message>
        <source>カメラの ほうを 見てください</source>
        <translation>请看向摄像头</translation>
    </message>
</context>
<context>
    <name>counter.support.failed.title</name>
    <message>
        <source>手続きが できませんでした</source>
        <translation>未能完成手续</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.body</name>
    <message>
        <source>マイナンバーカードを 健康保険証として 使う 申し込みを お手伝いします。</source>
        <translation>我们协助您申请将个人编号卡用作健康保险证。</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.title</name>
    <message>
        <source>マイナンバーカードを 読み取り機に 置いてください</source>
        <translation>请将个人编号卡放在读卡器上</translation>
    </message>
</context>
<context>
    <name>counter.support.method.face</name>
    <message>
        <source>顔認証（カメラ）</source>
        <translation>人脸识别（摄像头）</translation>
    </message>
</context>
<context>
    <name>counter.support.method.pin</name>
    <message>
        <source>暗証番号（数字 4けた）</source>
        <translation>密码（4位数字）</translation>
    </message>
</context>
<context>
    <name>counter.support.method.title</name>
    <message>
        <source>ご本人の 確認の しかたを 選んでください</source>
        <translation>请选择本人确认的方式</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.body</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>其他人看不到此画面。号码不会显示。</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.title</name>
    <message>
        <source>利用者証明用の 暗証番号（数字 4けた）を 入力してください</source>
        <translation>请输入用户证明用密码（4位数字）</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>还可以输入 {tries} 次。</translation>
    </message>
</context>
<context>
    <name>counter.support.reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>正在读取卡片</translation>
    </message>
</context>
<context>
    <name>counter.support.registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>正在申请</translation>
    </message>
</context>
<context>
    <name>counter.support.take.body</name>
    <message>
        <source>カードを お取りください。係員から お知らせの 紙を お受け取りください。</source>
        <translation>请取回卡片。请从工作人员处领取说明单。</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.agree</name>
    <message>
        <source>同意して 申し込む</source>
        <translation>同意并申请</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.body</name>
    <message>
        <source>この カードが 健康保険証として 使えるように なります。病院や 薬局では、カードを 受付の 読み取り機に 置いて 保険の 資格を 確かめます。お薬や 健診の 情報を 見せるかどうかは、その たびに あなたが 決めます。やめたく なったら、加入している 保険の 窓口で やめる 申し込みが できます。</source>
        <translation>这张卡将可以作为健康保险证使用。在医院和药店，把卡放在前台的读卡器上确认保险资格。是否出示用药和体检信息，每次都由您自己决定。如果想停止使用，可以在所加入保险的窗口申请停止。</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>不申请</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.title</name>
    <message>
        <source>申し込みの 前に お読みください</source>
        <translation>申请前请阅读</translation>
    </message>
</context>
<context>
    <name>counter.wait.body</name>
    <message>
        <source>しばらく お待ちください。</source>
        <translation>请稍候。</translation>
    </message>
</context>
<context>
    <name>counter.wait.title</name>
    <message>
        <source>係員が ご案内します</source>
        <translation>工作人员会为您引导</translation>
    </message>
</context>
<context>
    <name>counter.warned.change</name>
    <message>
        <source>別の 番号に する</source>
        <translation>换一个号码</translation>
    </message>
</context>
<context>
    <name>counter.warned.keep</name>
    <message>
        <source>このまま 使う</source>
        <translation>就用这个号码</translation>
    </message>
</context>
<context>
    <name>counter.warned.title</name>
    <message>
        <source>当てられやすい 番号です</source>
        <translation>这个号码容易被猜到</translation>
    </message>
</context>
<context>
    <name>counter.writing.body</name>
    <message>
        <source>カードを 動かさずに お待ちください。</source>
        <translation>请不要移动卡，稍候。</translation>
    </message>
</context>
<context>
    <name>counter.writing.title</name>
    <message>
        <source>カードに 暗証番号を 設定しています</source>
        <translation>正在为卡设置PIN码</translation>
    </message>
</context>
<context>
    <name>done.alarm</name>
    <message>
        <source>カードを お忘れです。カードを お取りください。</source>
        <translation>您忘了取卡。请取回您的卡。</translation>
    </message>
</context>
<context>
    <name>done.body</name>
    <message>
        <source>お呼びするまで お待ちください。カードを お取りください。</source>
        <translation>请等候叫号。请取下您的卡。</translation>
    </message>
</context>
<context>
    <name>done.declined</name>
    <message>
        <source>受付で 保険証か 資格確認書を お出しください。カードを お取りください。</source>
        <translation>请在前台出示健康保险证或资格确认书。请取回您的卡。</translation>
    </message>
</context>
<context>
    <name>done.item.checkup</name>
    <message>
        <source>健康情報（特定健診）</source>
        <translation>健康信息（特定健康检查）</translation>
    </message>
</context>
<context>
    <name>done.item.limit</name>
    <message>
        <source>限度額情報</source>
        <translation>限度额信息</translation>
    </message>
</context>
<context>
    <name>done.item.medication</name>
    <message>
        <source>診療・お薬情報</source>
        <translation>诊疗和用药信息</translation>
    </message>
</context>
<context>
    <name>done.item.surgery</name>
    <message>
        <source>手術の 情報</source>
        <translation>手术信息</translation>
    </message>
</context>
<context>
    <name>done.shared</name>
    <message>
        <source>提供する 情報</source>
        <translation>提供的信息</translation>
    </message>
</context>
<context>
    <name>done.title</name>
    <message>
        <source>受付が 完了しました</source>
        <translation>受理已完成</translation>
    </message>
</context>
<context>
    <name>done.withheld</name>
    <message>
        <source>提供しない 情報</source>
        <translation>不提供的信息</translation>
    </message>
</context>
<context>
    <name>error.title</name>
    <message>
        <source>受付を 続けられませんでした</source>
        <translation>无法继续办理手续</translation>
    </message>
</context>
<context>
    <name>face.failed.body</name>
    <message>
        <source>暗証番号で 確認するか、「係員を 呼ぶ」を 押してください。</source>
        <translation>请使用PIN码确认，或按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>face.failed.title</name>
    <message>
        <source>顔認証が できませんでした</source>
        <translation>人脸识别没有成功</translation>
    </message>
</context>
<context>
    <name>face.prompt.blurry</name>
    <message>
        <source>動かずに そのまま お待ちください</source>
        <translation>请保持不动，稍候</translation>
    </message>
</context>
<context>
    <name>face.prompt.multiple_faces</name>
    <message>
        <source>お一人ずつ カメラの 前に お立ちください</source>
        <translation>请一次只站一个人在摄像头前</translation>
    </message>
</context>
<context>
    <name>face.prompt.no_face</name>
    <message>
        <source>カメラの ほうに お顔を 向けてください</source>
        <translation>请把脸朝向摄像头</translation>
    </message>
</context>
<context>
    <name>face.prompt.off_centre</name>
    <message>
        <source>お顔を 画面の 枠の 中に 入れてください</source>
        <translation>请把脸放进画面的框内</translation>
    </message>
</context>
<context>
    <name>face.prompt.ok</name>
    <message>
        <source>そのまま お待ちください</source>
        <translation>请保持这个姿势，稍候</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_bright</name>
    <message>
        <source>まぶしすぎます。少し 横に 動いてください</source>
        <translation>光线太亮。请稍微往旁边移动</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_dark</name>
    <message>
        <source>お顔が 暗く 写っています。帽子を 取るか、明るい ほうを 向いてください</source>
        <translation>脸部拍得太暗。请摘下帽子，或面向明亮的地方</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_large</name>
    <message>
        <source>もう少し 離れてください</source>
        <translation>请再离远一点</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_small</name>
    <message>
        <source>もう少し 近づいてください</source>
        <translation>请再靠近一点</translation>
    </message>
</context>
<context>
    <name>face.retry</name>
    <message>
        <source>もう一度 撮影します。カメラを 見てください</source>
        <translation>再拍一次。请看摄像头</translation>
    </message>
</context>
<context>
    <name>face.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>请看摄像头</translation>
    </message>
</context>
<context>
    <name>finishing.title</name>
    <message>
        <source>受付を しています</source>
        <translation>正在办理手续</translation>
    </message>
</context>
<context>
    <name>help.call</name>
    <message>
        <source>係員を 呼ぶ</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>help.called</name>
    <message>
        <source>係員を 呼んでいます</source>
        <translation>正在呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>help.cancel</name>
    <message>
        <source>やめる</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>idle.body</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>请把有照片的一面朝上，将卡放在读卡器上。</translation>
    </message>
</context>
<context>
    <name>idle.title</name>
    <message>
        <source>マイナンバーカードを 置いてください</source>
        <translation>请放上个人编号卡</translation>
    </message>
</context>
<context>
    <name>key.backspace</name>
    <message>
        <source>1つ消す</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>key.clear</name>
    <message>
        <source>全部消す</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>key.count</name>
    <message>
        <source>{typed}文字（{low}〜{high}文字）</source>
        <translation>{typed}个字符（{low}至{high}个）</translation>
    </message>
</context>
<context>
    <name>key.submit</name>
    <message>
        <source>確定</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>limit.body</name>
    <message>
        <source>高額療養費制度を ご利用される 方は、カードを 取らずに 限度額情報を「提供する」を 押してください。窓口で 限度額以上の 支払いが 不要に なります。</source>
        <translation>使用高额疗养费制度的人，请不要取卡，按“提供”以提供限度额信息。这样在窗口就不需要支付超过限度额的费用。</translation>
    </message>
</context>
<context>
    <name>limit.provide</name>
    <message>
        <source>提供する</source>
        <translation>提供</translation>
    </message>
</context>
<context>
    <name>limit.question</name>
    <message>
        <source>限度額情報を 提供しますか</source>
        <translation>是否提供限度额信息</translation>
    </message>
</context>
<context>
    <name>limit.title</name>
    <message>
        <source>受付が 完了します。カードを カードリーダーから お取りください。</source>
        <translation>受理即将完成。请从读卡器上取下卡。</translation>
    </message>
</context>
<context>
    <name>limit.withhold</name>
    <message>
        <source>提供しない</source>
        <translation>不提供</translation>
    </message>
</context>
<context>
    <name>method.body</name>
    <message>
        <source>顔認証か、暗証番号（数字 4けた）を 選べます。</source>
        <translation>您可以选择人脸识别或PIN码（4位数字）。</translation>
    </message>
</context>
<context>
    <name>method.body_face_card</name>
    <message>
        <source>このカードは 顔認証で 確認します。</source>
        <translation>这张卡用人脸识别确认。</translation>
    </message>
</context>
<context>
    <name>method.body_face_only</name>
    <message>
        <source>顔認証で 確認します。暗証番号は 使えません。</source>
        <translation>用人脸识别确认。不能使用PIN码。</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。「係員を 呼ぶ」を 押してください。</source>
        <translation>PIN码已锁定（请到市区町村窗口重新设置）。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked_face</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。顔認証で 確認します。</source>
        <translation>PIN码已锁定（请到市区町村窗口重新设置）。将通过面部识别确认。</translation>
    </message>
</context>
<context>
    <name>method.body_pin_only</name>
    <message>
        <source>暗証番号（数字 4けた）で 確認します。</source>
        <translation>用PIN码（4位数字）确认。</translation>
    </message>
</context>
<context>
    <name>method.body_staff_only</name>
    <message>
        <source>係員が 確認します。「係員を 呼ぶ」を 押してください。</source>
        <translation>将由工作人员确认。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>method.face</name>
    <message>
        <source>顔認証</source>
        <translation>人脸识别</translation>
    </message>
</context>
<context>
    <name>method.pin</name>
    <message>
        <source>暗証番号</source>
        <translation>PIN码</translation>
    </message>
</context>
<context>
    <name>method.pin_locked</name>
    <message>
        <source>暗証番号（ロック中）</source>
        <translation>PIN码（已锁定）</translation>
    </message>
</context>
<context>
    <name>method.pin_tries</name>
    <message>
        <source>暗証番号（あと {tries} 回）</source>
        <translation>PIN码（还剩{tries}次）</translation>
    </message>
</context>
<context>
    <name>method.title</name>
    <message>
        <source>ご本人の 確認方法を 選んでください</source>
        <translation>请选择本人确认的方式</translation>
    </message>
</context>
<context>
    <name>name.busy</name>
    <message>
        <source>お待ちください</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>name.camera</name>
    <message>
        <source>カメラの 映像</source>
        <translation>摄像头画面</translation>
    </message>
</context>
<context>
    <name>name.picture.place</name>
    <message>
        <source>カードを 読み取り機に 置く 絵</source>
        <translation>图示：把卡放到读卡器上</translation>
    </message>
</context>
<context>
    <name>name.picture.take</name>
    <message>
        <source>カードを 読み取り機から 取る 絵</source>
        <translation>图示：从读卡器上取下卡</translation>
    </message>
</context>
<context>
    <name>name.progress</name>
    <message>
        <source>撮影の 進み具合</source>
        <translation>拍摄进度</translation>
    </message>
</context>
<context>
    <name>pin.last</name>
    <message>
        <source>あと 1 回 まちがえると、カードが ロックされます。</source>
        <translation>如果再输错1次，卡将被锁定。</translation>
    </message>
</context>
<context>
    <name>pin.wrong.title</name>
    <message>
        <source>暗証番号が ちがいます</source>
        <translation>PIN码不正确</translation>
    </message>
</context>
<context>
    <name>pin.title</name>
    <message>
        <source>暗証番号（数字 4けた）を 入力してください</source>
        <translation>请输入PIN码（4位数字）</translation>
    </message>
</context>
<context>
    <name>pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>还可以输入{tries}次。</translation>
    </message>
</context>
<context>
    <name>pin.verifying</name>
    <message>
        <source>確認しています</source>
        <translation>正在确认</translation>
    </message>
</context>
<context>
    <name>placement.flat</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>请把有照片的一面朝上，将卡放在读卡器上。</translation>
    </message>
</context>
<context>
    <name>placement.flat_face_down</name>
    <message>
        <source>顔写真のある面を 下にして、読み取り機の 上に 置いてください。</source>
        <translation>请把有照片的一面朝下，将卡放在读卡器上。</translation>
    </message>
</context>
<context>
    <name>placement.slot</name>
    <message>
        <source>顔写真のある面を 上にして、金色の ICチップの ほうから 差し込んでください。</source>
        <translation>请把有照片的一面朝上，从金色IC芯片的一端插入。</translation>
    </message>
</context>
<context>
    <name>placement.tray</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 置き台に 置いてください。</source>
        <translation>请把有照片的一面朝上，将卡放在读卡器的托盘上。</translation>
    </message>
</context>
<context>
    <name>prescription.electronic</name>
    <message>
        <source>電子処方箋</source>
        <translation>电子处方</translation>
    </message>
</context>
<context>
    <name>prescription.paper</name>
    <message>
        <source>紙の 処方箋</source>
        <translation>纸质处方</translation>
    </message>
</context>
<context>
    <name>prescription.title</name>
    <message>
        <source>処方箋は どちらに しますか</source>
        <translation>处方要选择哪一种？</translation>
    </message>
</context>
<context>
    <name>reading.body</name>
    <message>
        <source>カードを 動かさずに、そのまま お待ちください。</source>
        <translation>请不要移动卡，稍候。</translation>
    </message>
</context>
<context>
    <name>reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>正在读取卡</translation>
    </message>
</context>
<context>
    <name>registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>正在申请</translation>
    </message>
</context>
<context>
    <name>registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>申请</translation>
    </message>
</context>
<context>
    <name>registration.body</name>
    <message>
        <source>申し込むと、この カードが 健康保険証として 使えるように なります。</source>
        <translation>申请后，这张卡就可以作为健康保险证使用。</translation>
    </message>
</context>
<context>
    <name>registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>不申请</translation>
    </message>
</context>
<context>
    <name>registration.title</name>
    <message>
        <source>マイナンバーカードを 保険証として 使う 申し込みを しますか</source>
        <translation>要申请把个人编号卡作为健康保险证使用吗？</translation>
    </message>
</context>
<context>
    <name>staff.body</name>
    <message>
        <source>カードの 写真と ご本人を 見比べてください。</source>
        <translation>请核对卡上的照片和本人是否一致。</translation>
    </message>
</context>
<context>
    <name>staff.called</name>
    <message>
        <source>係員を 呼びました。そのまま お待ちください。</source>
        <translation>已呼叫工作人员。请在此稍候。</translation>
    </message>
</context>
<context>
    <name>staff.confirm</name>
    <message>
        <source>ご本人です</source>
        <translation>是本人</translation>
    </message>
</context>
<context>
    <name>staff.pin_refused</name>
    <message>
        <source>係員用の 暗証番号が ちがいます。</source>
        <translation>工作人员用的PIN码不正确。</translation>
    </message>
</context>
<context>
    <name>staff.reject</name>
    <message>
        <source>確認できない</source>
        <translation>无法确认</translation>
    </message>
</context>
<context>
    <name>staff.title</name>
    <message>
        <source>係員による 確認</source>
        <translation>由工作人员确认</translation>
    </message>
</context>
<context>
    <name>step.1</name>
    <message>
        <source>1/4 読み取り</source>
        <translation>1/4 读取</translation>
    </message>
</context>
<context>
    <name>step.2</name>
    <message>
        <source>2/4 本人確認</source>
        <translation>2/4 本人确认</translation>
    </message>
</context>
<context>
    <name>step.3</name>
    <message>
        <source>3/4 同意の 確認</source>
        <translation>3/4 同意确认</translation>
    </message>
</context>
<context>
    <name>step.4</name>
    <message>
        <source>4/4 受付完了</source>
        <translation>4/4 受理完成</translation>
    </message>
</context>
<context>
    <name>verified.title</name>
    <message>
        <source>ご本人と 確認できました</source>
        <translation>已确认是您本人</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>このままだと、まもなく 最初の 画面に 戻ります。</source>
        <translation>如果不操作，很快将返回开始画面。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ERROR</name>
    <message>
        <source>申請の 受付が できませんでした。係員に お声がけください。</source>
        <translation>无法受理您的申请。请与工作人员联系。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付申請書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>申请书ID的号码似乎不正确。请确认交付申请书上的23位号码后重新输入。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_QR_INVALID</name>
    <message>
        <source>交付申請書の QRコードを 読み取れませんでした。もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>无法读取交付申请书上的二维码。请再出示一次，或输入申请书ID。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DETAILS_INCOMPLETE</name>
    <message>
        <source>お名前・ご住所・生年月日に 足りないところが あります。係員と いっしょに 確かめてください。</source>
        <translation>姓名、地址或出生日期有缺漏。请与工作人员一起确认。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_EMAIL_INVALID</name>
    <message>
        <source>メールアドレスが 正しくないようです。もう一度 入力するか、メールなしで 進んでください。</source>
        <translation>电子邮件地址似乎不正确。请重新输入，或不填写邮件继续。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DOCUMENTS_INSUFFICIENT</name>
    <message>
        <source>本人確認書類が 足りません。顔写真つきの 書類 1点か、ほかの 書類 2点を 係員に 見せてください。</source>
        <translation>身份证明文件不足。请向工作人员出示一份带照片的证件，或两份其他证件。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_PHOTO_CAMERA_MISSING</name>
    <message>
        <source>写真を 撮る カメラが つながっていません。カメラを つないでから、もう一度 撮影してください。</source>
        <translation>拍照用的相机没有连接。请连接相机后，再拍一次。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECORD_DAMAGED</name>
    <message>
        <source>保存した 申請を 開けませんでした。管理者に 連絡してください。</source>
        <translation>无法打开已保存的申请。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_UNKNOWN_SESSION</name>
    <message>
        <source>この 受付の 記録が 見つかりません。管理者に 連絡してください。</source>
        <translation>找不到本次受理的记录。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_BUNDLE_INVALID</name>
    <message>
        <source>申請の ファイルが 正しくないため、取り込みませんでした。管理者に 連絡してください。</source>
        <translation>申请文件不正确，因此未导入。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECEIPT_INVALID</name>
    <message>
        <source>取り込みの 受領ファイルが 正しくないため、申請は 消していません。管理者に 連絡してください。</source>
        <translation>导入回执文件不正确，因此申请未被删除。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>counter.refused.again</name>
    <message>
        <source>もう一度 入力する</source>
        <translation>重新输入</translation>
    </message>
</context>
<context>
    <name>page.next</name>
    <message>
        <source>つぎへ</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>page.back</name>
    <message>
        <source>もどる</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.title</name>
    <message>
        <source>マイナンバーカードの 申請を お手伝いします</source>
        <translation>我们将协助您申请个人编号卡</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.body</name>
    <message>
        <source>係員が ご案内します。</source>
        <translation>工作人员会为您引导。</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.title</name>
    <message>
        <source>交付申請書を お持ちですか</source>
        <translation>您带了交付申请书吗？</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.body</name>
    <message>
        <source>お持ちでしたら、係員に お渡しください。なくても 申請できます。</source>
        <translation>如果带了，请交给工作人员。没有也可以申请。</translation>
    </message>
</context>
<context>
    <name>application.resident.details.title</name>
    <message>
        <source>係員が 入力しています</source>
        <translation>工作人员正在输入信息</translation>
    </message>
</context>
<context>
    <name>application.resident.wait</name>
    <message>
        <source>少し お待ちください。</source>
        <translation>请稍候。</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.title</name>
    <message>
        <source>この 内容で 正しいですか</source>
        <translation>以上信息正确吗？</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.yes</name>
    <message>
        <source>はい、正しいです</source>
        <translation>是的，正确</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.no</name>
    <message>
        <source>なおしてほしい</source>
        <translation>需要修改</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.title</name>
    <message>
        <source>メールアドレスが あれば、係員に お伝えください</source>
        <translation>如果有电子邮箱地址，请告诉工作人员</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.body</name>
    <message>
        <source>申請の お知らせが メールで 届きます。なくても 申請できます。</source>
        <translation>申请的通知会通过电子邮件发送。没有也可以申请。</translation>
    </message>
</context>
<context>
    <name>application.resident.documents.title</name>
    <message>
        <source>本人確認書類を 係員に お見せください</source>
        <translation>请向工作人员出示身份证明文件</translation>
    </message>
</context>
<context>
    <name>application.resident.delivery.title</name>
    <message>
        <source>カードの 受け取り方を 係員と 決めてください</source>
        <translation>请与工作人员商定领取卡的方式</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>请看摄像头</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.body</name>
    <message>
        <source>そろったら 自動で 撮ります。</source>
        <translation>一切就绪后会自动拍照。</translation>
    </message>
</context>
<context>
    <name>application.resident.review.title</name>
    <message>
        <source>この 写真で 申請しますか</source>
        <translation>用这张照片申请吗？</translation>
    </message>
</context>
<context>
    <name>application.resident.review.accept</name>
    <message>
        <source>この 写真で 申請する</source>
        <translation>使用此照片</translation>
    </message>
</context>
<context>
    <name>application.resident.review.retake</name>
    <message>
        <source>撮りなおす</source>
        <translation>重新拍摄</translation>
    </message>
</context>
<context>
    <name>application.resident.review.photo</name>
    <message>
        <source>申請に 使う 写真</source>
        <translation>申请用的照片</translation>
    </message>
</context>
<context>
    <name>application.resident.saving.title</name>
    <message>
        <source>申請を 保存しています</source>
        <translation>正在保存申请</translation>
    </message>
</context>
<context>
    <name>application.resident.save_failed.title</name>
    <message>
        <source>係員が 確認しています</source>
        <translation>工作人员正在确认</translation>
    </message>
</context>
<context>
    <name>application.resident.done.title</name>
    <message>
        <source>申請を 受け付けました</source>
        <translation>申请已受理</translation>
    </message>
</context>
<context>
    <name>application.resident.done.body</name>
    <message>
        <source>ありがとうございました。</source>
        <translation>非常感谢。</translation>
    </message>
</context>
<context>
    <name>application.photo.ok</name>
    <message>
        <source>この 写真で 申請できます</source>
        <translation>这张照片可以用于申请</translation>
    </message>
</context>
<context>
    <name>application.photo.no_face</name>
    <message>
        <source>お顔が 写っていません。カメラの ほうを 向いてください</source>
        <translation>没有拍到您的脸。请面向摄像头</translation>
    </message>
</context>
<context>
    <name>application.photo.multiple_people</name>
    <message>
        <source>お一人だけで 写ってください</source>
        <translation>请只拍您一个人</translation>
    </message>
</context>
<context>
    <name>application.photo.too_large</name>
    <message>
        <source>もう少し カメラから 離れてください</source>
        <translation>请离摄像头稍远一点</translation>
    </message>
</context>
<context>
    <name>application.photo.too_small</name>
    <message>
        <source>もう少し カメラに 近づいてください</source>
        <translation>请离摄像头稍近一点</translation>
    </message>
</context>
<context>
    <name>application.photo.off_centre</name>
    <message>
        <source>お顔を 枠の まんなかに 合わせてください</source>
        <translation>请把脸对准框的中间</translation>
    </message>
</context>
<context>
    <name>application.photo.head_cut_off</name>
    <message>
        <source>頭の 上まで 写るように してください。帽子は 取ってください</source>
        <translation>请让头顶完整入镜。请摘下帽子</translation>
    </message>
</context>
<context>
    <name>application.photo.not_frontal</name>
    <message>
        <source>顔を まっすぐ 正面に 向けて、首を かたむけないでください</source>
        <translation>请正对前方，不要歪头</translation>
    </message>
</context>
<context>
    <name>application.photo.eyes_closed</name>
    <message>
        <source>目を 開けて カメラを 見てください</source>
        <translation>请睁开眼睛看摄像头</translation>
    </message>
</context>
<context>
    <name>application.photo.too_dark</name>
    <message>
        <source>暗すぎます。明るい ところで 撮りましょう</source>
        <translation>太暗了。请在明亮的地方拍摄</translation>
    </message>
</context>
<context>
    <name>application.photo.too_bright</name>
    <message>
        <source>明るすぎます。光が 直接 当たらない ところで 撮りましょう</source>
        <translation>太亮了。请在没有强光直射的地方拍摄</translation>
    </message>
</context>
<context>
    <name>application.photo.uneven_light</name>
    <message>
        <source>お顔に 影が あります。光が 顔全体に 当たるように してください</source>
        <translation>脸上有阴影。请让光线照到整张脸</translation>
    </message>
</context>
<context>
    <name>application.photo.blurry</name>
    <message>
        <source>写真が ぼやけています。動かずに そのまま お待ちください</source>
        <translation>照片模糊。请保持不动，稍候</translation>
    </message>
</context>
<context>
    <name>application.photo.busy_background</name>
    <message>
        <source>うしろに 模様や 物が 写っています。無地の 壁の 前に 立ってください</source>
        <translation>您身后有图案或物品。请站在素色墙壁前</translation>
    </message>
</context>
</TS>
