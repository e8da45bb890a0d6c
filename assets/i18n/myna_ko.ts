<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="ja">
<context>
    <name>CAMERA_ERROR</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>카메라를 사용할 수 없습니다. 비밀번호 또는 직원 확인으로 바꿔 주십시오.</translation>
    </message>
</context>
<context>
    <name>CAMERA_LOST</name>
    <message>
        <source>カメラが 止まりました。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>카메라가 멈췄습니다. 비밀번호 또는 직원 확인으로 바꿔 주십시오.</translation>
    </message>
</context>
<context>
    <name>CAMERA_UNAVAILABLE</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>카메라를 사용할 수 없습니다. 비밀번호 또는 직원 확인으로 바꿔 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_ABSENT</name>
    <message>
        <source>カードが 見つかりません。カードを 読み取り機に 置いてください。</source>
        <translation>카드를 찾을 수 없습니다. 카드를 리더기에 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_BAD_RESPONSE</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。直らないときは 係員をお呼びください。</source>
        <translation>카드를 제대로 읽지 못했습니다. 카드를 한 번 빼고 다시 놓아 주십시오. 그래도 안 되면 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_CERT_EXPIRED</name>
    <message>
        <source>カードの 電子証明書の 有効期限が 切れています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>카드의 전자증명서 유효기간이 지났습니다. 접수처에 말씀해 주십시오. 갱신은 거주하시는 지역의 시청이나 구청 창구에서 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CARD_ERROR</name>
    <message>
        <source>カードを 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>카드를 읽지 못했습니다. 카드를 한 번 빼고 다시 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_NOT_MYNUMBER</name>
    <message>
        <source>マイナンバーカードでは ないようです。マイナンバーカードを 置いてください。</source>
        <translation>마이넘버 카드가 아닌 것 같습니다. 마이넘버 카드를 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_BLOCKED</name>
    <message>
        <source>暗証番号が ロックされています。顔認証か、係員による確認に 切り替えられます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>비밀번호가 잠겨 있습니다. 얼굴 인증 또는 직원 확인으로 바꿀 수 있습니다. 비밀번호 재설정은 거주하시는 지역의 시청이나 구청 창구에서 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>비밀번호는 숫자 4자리입니다. 다시 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_NOT_SET</name>
    <message>
        <source>このカードは 暗証番号を 使いません。顔認証か、係員による確認を 選んでください。</source>
        <translation>이 카드는 비밀번호를 사용하지 않습니다. 얼굴 인증 또는 직원 확인을 선택해 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_WRONG</name>
    <message>
        <source>暗証番号が ちがいます。あと {tries} 回 まちがえると、カードが ロックされます。</source>
        <translation>비밀번호가 틀렸습니다. 앞으로 {tries}회 더 틀리면 카드가 잠깁니다.</translation>
    </message>
</context>
<context>
    <name>CARD_REMOVED</name>
    <message>
        <source>カードが はずれました。カードを もう一度 置いてください。</source>
        <translation>카드가 빠졌습니다. 카드를 다시 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_SECURITY_STATUS</name>
    <message>
        <source>確認が まだ 終わっていません。最初から やり直してください。</source>
        <translation>확인이 아직 끝나지 않았습니다. 처음부터 다시 해 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_SIGNATURE_INVALID</name>
    <message>
        <source>カードを 確認できませんでした。係員をお呼びください。</source>
        <translation>카드를 확인하지 못했습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>CARD_UNEXPECTED_STATUS</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>카드를 제대로 읽지 못했습니다. 카드를 한 번 빼고 다시 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>CONFIG_INVALID</name>
    <message>
        <source>この端末の 設定に 誤りが あります。係員をお呼びください。</source>
        <translation>이 단말기의 설정에 오류가 있습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_HANDED_OVER</name>
    <message>
        <source>このカードは すでに お渡し済みです。係員が 記録を 確認します。</source>
        <translation>이 카드는 이미 교부되었습니다. 직원이 기록을 확인합니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_IN_PROGRESS</name>
    <message>
        <source>この申請は いま {desk} で 手続き中です。その窓口に 確認してください。</source>
        <translation>이 신청은 지금 {desk}에서 처리 중입니다. 그 창구에 확인해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_CLOSED</name>
    <message>
        <source>このカードは 返納されているため、お渡しできません。係員が ご案内します。</source>
        <translation>이 카드는 반납되었기 때문에 드릴 수 없습니다. 직원이 안내해 드립니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付通知書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>신청서 ID 번호가 맞지 않는 것 같습니다. 교부 통지서에 있는 23자리 번호를 확인하고 다시 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CANCELLED</name>
    <message>
        <source>手続きを 中止しました。係員が ご案内します。</source>
        <translation>절차를 중지했습니다. 직원이 안내해 드립니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_MISMATCH</name>
    <message>
        <source>このカードは この申請の カードでは ありません。係員が カードを 確認します。</source>
        <translation>이 카드는 이 신청의 카드가 아닙니다. 직원이 카드를 확인합니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_SWAPPED</name>
    <message>
        <source>読み取り機の カードが 手続き中の カードと ちがいます。係員が 確認します。</source>
        <translation>리더기의 카드가 절차 중인 카드와 다릅니다. 직원이 확인합니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CLAIM_CLOSED</name>
    <message>
        <source>この手続きは 終わっています。申請書IDの 読み取りから やり直してください。</source>
        <translation>이 절차는 이미 끝났습니다. 신청서 ID 읽기부터 다시 해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ERROR</name>
    <message>
        <source>窓口の 手続きが できませんでした。係員に お声がけください。</source>
        <translation>창구 절차를 진행하지 못했습니다. 직원에게 말씀해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_FACE_CARD_NO_PINS</name>
    <message>
        <source>顔認証マイナンバーカードには 暗証番号を 設定しません。次へ 進んでください。</source>
        <translation>얼굴 인증 전용 마이넘버 카드에는 비밀번호를 설정하지 않습니다. 다음으로 진행해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_NOT_CONFIRMED</name>
    <message>
        <source>ご本人の 確認が まだ 済んでいません。本人確認を してから 進んでください。</source>
        <translation>본인 확인이 아직 끝나지 않았습니다. 본인 확인을 한 다음 진행해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_REFUSED</name>
    <message>
        <source>ご本人の 確認が できませんでした。係員が ご案内します。</source>
        <translation>본인 확인을 하지 못했습니다. 직원이 안내해 드립니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_FAILED</name>
    <message>
        <source>職員IDか パスワードが ちがいます。もう一度 入力してください。</source>
        <translation>직원 ID 또는 패스워드가 틀렸습니다. 다시 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_LOCKED</name>
    <message>
        <source>パスワードを 続けて まちがえたため、{until} まで ログインできません。お待ちいただくか、管理者に パスワードの 再設定を 頼んでください。</source>
        <translation>패스워드를 연속으로 틀렸기 때문에 {until}까지 로그인할 수 없습니다. 기다리시거나 관리자에게 패스워드 재설정을 요청해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_NOT_READY</name>
    <message>
        <source>カードは まだ できあがっていません。交付通知書が 届いてから、もう一度 お越しください。</source>
        <translation>카드가 아직 완성되지 않았습니다. 교부 통지서(엽서)를 받으신 후 다시 방문해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PDF_FAILED</name>
    <message>
        <source>受領書と 控えを 保存できませんでした。係員をお呼びください。</source>
        <translation>수령증과 보관용 사본을 저장하지 못했습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PINS_NOT_SET</name>
    <message>
        <source>設定されていない 暗証番号が あります。係員が もう一度 設定の 手続きを します。</source>
        <translation>설정되지 않은 비밀번호가 있습니다. 직원이 다시 설정 절차를 진행합니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_CONFIRM_MISMATCH</name>
    <message>
        <source>1回目と 2回目の 入力が ちがいました。同じ 番号を もう一度 2回 入力してください。</source>
        <translation>첫 번째와 두 번째 입력이 다릅니다. 같은 번호를 다시 두 번 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>비밀번호는 숫자 4자리입니다. 다시 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_MISSING</name>
    <message>
        <source>まだ 決めていない 暗証番号が あります。画面の 案内に そって 入力してください。</source>
        <translation>아직 정하지 않은 비밀번호가 있습니다. 화면 안내에 따라 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_RULE</name>
    <message>
        <source>この暗証番号は 使えません。画面の 説明を 見て、もう一度 入力してください。</source>
        <translation>이 비밀번호는 사용할 수 없습니다. 화면의 설명을 보고 다시 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINTER_MISSING</name>
    <message>
        <source>プリンターが 見つかりません。受領書と 控えは PDFで 保存しました。</source>
        <translation>프린터를 찾을 수 없습니다. 수령증과 보관용 사본은 PDF로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINT_FAILED</name>
    <message>
        <source>印刷が できませんでした。受領書と 控えは PDFで 保存しました。</source>
        <translation>인쇄하지 못했습니다. 수령증과 보관용 사본은 PDF로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>COUNTER_QR_INVALID</name>
    <message>
        <source>交付通知書の QRコードを 読み取れませんでした。はがきの QRコードを もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>교부 통지서의 QR 코드를 읽지 못했습니다. 엽서의 QR 코드를 다시 대시거나 신청서 ID를 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_PASSWORD_FORMAT</name>
    <message>
        <source>署名用の パスワードは、英字の 大文字と 数字を どちらも 入れて、6文字から 16文字で 決めてください。もう一度 入力してください。</source>
        <translation>서명용 패스워드는 영문 대문자와 숫자를 모두 넣어서 6자에서 16자 사이로 정해 주십시오. 다시 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_UNDER_15</name>
    <message>
        <source>15歳未満の 方は、署名用の パスワードを 設定しません。次へ 進んでください。</source>
        <translation>15세 미만인 분은 서명용 패스워드를 설정하지 않습니다. 다음으로 진행해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_STAFF_INACTIVE</name>
    <message>
        <source>この 職員IDは 使えません。管理者に 確認してください。</source>
        <translation>이 직원 ID는 사용할 수 없습니다. 관리자에게 확인해 주십시오.</translation>
    </message>
</context>
<context>
    <name>COUNTER_UNKNOWN_APPLICATION</name>
    <message>
        <source>この 申請は 見つかりませんでした。係員が 交付通知書を 確認します。</source>
        <translation>이 신청을 찾지 못했습니다. 직원이 교부 통지서를 확인합니다.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_BAD_ANSWER</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>건강보험 자격을 확인하지 못했습니다. 접수처에 말씀해 주십시오.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_CERT_REVOKED</name>
    <message>
        <source>カードの 電子証明書が 使えなくなっています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>카드의 전자증명서를 사용할 수 없게 되었습니다. 접수처에 말씀해 주십시오. 갱신은 거주하시는 지역의 시청이나 구청 창구에서 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_ERROR</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>건강보험 자격을 확인하지 못했습니다. 접수처에 말씀해 주십시오.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_JPKI_MAINTENANCE</name>
    <message>
        <source>いま 点検中のため、この手続きは できません。受付に お声がけください。</source>
        <translation>지금은 점검 중이라서 이 절차를 할 수 없습니다. 접수처에 말씀해 주십시오.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_UNAVAILABLE</name>
    <message>
        <source>いま 保険の 資格を 確認できません。受付に お声がけください。「資格情報のお知らせ」か 資格確認書が あれば、受付に お出しください。</source>
        <translation>지금은 건강보험 자격을 확인할 수 없습니다. 접수처에 말씀해 주십시오. “자격 정보 안내문”이나 자격확인서가 있으면 접수처에 제출해 주십시오.</translation>
    </message>
</context>
<context>
    <name>FACE_ATTEMPTS_EXHAUSTED</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>얼굴 인증을 하지 못했습니다. 비밀번호 또는 직원 확인으로 바꿔 주십시오.</translation>
    </message>
</context>
<context>
    <name>FACE_CARD_PHOTO_UNUSABLE</name>
    <message>
        <source>カードの 写真では 顔認証が できません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>카드 사진으로는 얼굴 인증을 할 수 없습니다. 비밀번호 또는 직원 확인을 선택해 주십시오.</translation>
    </message>
</context>
<context>
    <name>FACE_ENGINE_UNAVAILABLE</name>
    <message>
        <source>顔認証が いま 使えません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>지금은 얼굴 인증을 사용할 수 없습니다. 비밀번호 또는 직원 확인을 선택해 주십시오.</translation>
    </message>
</context>
<context>
    <name>FACE_ERROR</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>얼굴 인증을 하지 못했습니다. 비밀번호 또는 직원 확인으로 바꿔 주십시오.</translation>
    </message>
</context>
<context>
    <name>FACE_NOT_FOUND</name>
    <message>
        <source>写真に お顔が 見つかりませんでした。係員をお呼びください。</source>
        <translation>사진에서 얼굴을 찾지 못했습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>HANDOFF_FAILED</name>
    <message>
        <source>受付の 手続きは 終わりましたが、受付の システムへの 連絡が できませんでした。カードを お取りになり、受付に お声がけください。</source>
        <translation>접수 절차는 끝났지만, 접수 시스템에 정보를 보내지 못했습니다. 카드를 가져가신 후 접수처에 말씀해 주십시오.</translation>
    </message>
</context>
<context>
    <name>IMAGE_INVALID</name>
    <message>
        <source>写真を 読み取れませんでした。係員をお呼びください。</source>
        <translation>사진을 읽지 못했습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_ERROR</name>
    <message>
        <source>カードに 暗証番号を 設定できませんでした。係員に お声がけください。</source>
        <translation>카드에 비밀번호를 설정하지 못했습니다. 직원에게 말씀해 주십시오.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_INCOMPLETE</name>
    <message>
        <source>暗証番号の 設定が 途中で 止まりました。設定できたもの：{set}。まだのもの：{missing}。係員が カードを 読み取り機に もう一度 置くと、続きから 設定します。</source>
        <translation>비밀번호 설정이 도중에 멈췄습니다. 설정된 것: {set}. 아직 안 된 것: {missing}. 직원이 카드를 리더기에 다시 놓으면 이어서 설정합니다.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_NEEDS_JLIS</name>
    <message>
        <source>この端末では カードに 暗証番号を 設定できません。係員が 専用の 端末で 設定します。</source>
        <translation>이 단말기에서는 카드에 비밀번호를 설정할 수 없습니다. 직원이 전용 단말기에서 설정합니다.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_PIN_REFUSED</name>
    <message>
        <source>このカードには この暗証番号を 設定できません。係員が 確認します。</source>
        <translation>이 카드에는 이 비밀번호를 설정할 수 없습니다. 직원이 확인합니다.</translation>
    </message>
</context>
<context>
    <name>KIOSK_ERROR</name>
    <message>
        <source>うまく いきませんでした。係員をお呼びください。</source>
        <translation>제대로 진행되지 않았습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_BIRTH_DATE</name>
    <message>
        <source>誕生日から わかる 番号は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>생일과 관련된 번호는 다른 사람이 알아맞히기 쉽습니다. 이대로 설정할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_COMMON</name>
    <message>
        <source>よく 使われる 番号で、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>자주 쓰이는 번호라서 다른 사람이 알아맞히기 쉽습니다. 이대로 설정할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_REPEATED</name>
    <message>
        <source>同じ 数字の くり返しは、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>같은 숫자를 반복한 번호는 다른 사람이 알아맞히기 쉽습니다. 이대로 설정할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_SEQUENCE</name>
    <message>
        <source>順番に 並んだ 数字は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>순서대로 이어지는 숫자는 다른 사람이 알아맞히기 쉽습니다. 이대로 설정할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_YEAR</name>
    <message>
        <source>生まれた年や 今年の 年は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>태어난 해나 올해 연도는 다른 사람이 알아맞히기 쉽습니다. 이대로 설정할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>READER_BUSY</name>
    <message>
        <source>カード読み取り機が ほかで 使われています。少し 待ってから、もう一度 お試しください。</source>
        <translation>카드 리더기를 다른 곳에서 사용하고 있습니다. 잠시 기다리신 후 다시 시도해 주십시오.</translation>
    </message>
</context>
<context>
    <name>READER_UNAVAILABLE</name>
    <message>
        <source>カード読み取り機が 使えません。係員をお呼びください。</source>
        <translation>카드 리더기를 사용할 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>REGISTRATION_NEEDS_FACE</name>
    <message>
        <source>このカードは 暗証番号が ないため、ここでは 申し込めません。病院や 薬局の 顔認証付きカードリーダーで 申し込めます。</source>
        <translation>이 카드는 비밀번호가 없어서 여기서는 신청할 수 없습니다. 병원이나 약국의 얼굴 인증 카드 리더기에서 신청할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SECRET_STORE_UNAVAILABLE</name>
    <message>
        <source>いま この受付機が 使えません。係員をお呼びください。</source>
        <translation>지금은 이 접수기를 사용할 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>STAFF_REJECTED</name>
    <message>
        <source>ご本人の 確認が できませんでした。受付に お声がけください。</source>
        <translation>본인 확인을 하지 못했습니다. 접수처에 말씀해 주십시오.</translation>
    </message>
</context>
<context>
    <name>STORE_ERROR</name>
    <message>
        <source>受付の 記録が できませんでした。係員をお呼びください。</source>
        <translation>접수 기록을 남기지 못했습니다. 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>STORE_UNAVAILABLE</name>
    <message>
        <source>いま 受付の 記録が できません。少し 待ってから、もう一度 お試しください。直らないときは 係員をお呼びください。</source>
        <translation>지금은 접수 기록을 남길 수 없습니다. 잠시 기다리신 후 다시 시도해 주십시오. 그래도 안 되면 직원을 불러 주십시오.</translation>
    </message>
</context>
<context>
    <name>TIMEOUT</name>
    <message>
        <source>時間が たちましたので、最初に 戻ります。カードを お取りください。</source>
        <translation>시간이 지나서 처음 화면으로 돌아갑니다. 카드를 가져가 주십시오.</translation>
    </message>
</context>
<context>
    <name>VOICE_SYNTHESIS_FAILED</name>
    <message>
        <source>音声の 案内が 出せません。画面の 文字を ご覧ください。</source>
        <translation>음성 안내를 할 수 없습니다. 화면의 글자를 봐 주십시오.</translation>
    </message>
</context>
<context>
    <name>access.contrast.off</name>
    <message>
        <source>ふつうの 色に もどす</source>
        <translation>기본 색으로</translation>
    </message>
</context>
<context>
    <name>access.contrast.on</name>
    <message>
        <source>見やすい 色に する</source>
        <translation>잘 보이는 색으로</translation>
    </message>
</context>
<context>
    <name>access.furigana.off</name>
    <message>
        <source>ふりがなを 消す</source>
        <translation>후리가나 끄기</translation>
    </message>
</context>
<context>
    <name>access.furigana.on</name>
    <message>
        <source>ふりがなを つける</source>
        <translation>후리가나 켜기</translation>
    </message>
</context>
<context>
    <name>access.language</name>
    <message>
        <source>ほかの 言語を 選べます</source>
        <translation>다른 언어 선택</translation>
    </message>
</context>
<context>
    <name>access.replay</name>
    <message>
        <source>もう一度 聞く</source>
        <translation>다시 듣기</translation>
    </message>
</context>
<context>
    <name>access.size.1</name>
    <message>
        <source>文字の 大きさ：標準</source>
        <translation>글자 크기: 보통</translation>
    </message>
</context>
<context>
    <name>access.size.2</name>
    <message>
        <source>文字の 大きさ：大</source>
        <translation>글자 크기: 크게</translation>
    </message>
</context>
<context>
    <name>access.size.3</name>
    <message>
        <source>文字の 大きさ：特大</source>
        <translation>글자 크기: 아주 크게</translation>
    </message>
</context>
<context>
    <name>back</name>
    <message>
        <source>もどる</source>
        <translation>돌아가기</translation>
    </message>
</context>
<context>
    <name>blocked.body</name>
    <message>
        <source>顔認証か、係員による 確認で 受付できます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>얼굴 인증 또는 직원 확인으로 접수할 수 있습니다. 비밀번호 재설정은 거주하시는 지역의 시청이나 구청 창구에서 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>blocked.title</name>
    <message>
        <source>暗証番号が ロックされています</source>
        <translation>비밀번호가 잠겨 있습니다</translation>
    </message>
</context>
<context>
    <name>cancelled.body</name>
    <message>
        <source>受付は 完了していません。カードを お取りください。</source>
        <translation>접수는 완료되지 않았습니다. 카드를 가져가 주십시오.</translation>
    </message>
</context>
<context>
    <name>cancelled.title</name>
    <message>
        <source>受付を やめました</source>
        <translation>접수를 그만두었습니다</translation>
    </message>
</context>
<context>
    <name>checking.body</name>
    <message>
        <source>保険の 資格を 確認しています。そのまま お待ちください。</source>
        <translation>보험 자격을 확인하고 있습니다. 그대로 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>checking.title</name>
    <message>
        <source>保険の 資格を 確認しています</source>
        <translation>건강보험 자격을 확인하고 있습니다</translation>
    </message>
</context>
<context>
    <name>consent.agree</name>
    <message>
        <source>同意する</source>
        <translation>동의합니다</translation>
    </message>
</context>
<context>
    <name>consent.all</name>
    <message>
        <source>まとめて 同意する</source>
        <translation>모두 동의한다</translation>
    </message>
</context>
<context>
    <name>consent.body.checkup_2021</name>
    <message>
        <source>メタボ健診（40～74歳）や 高齢者健診（75歳以上）の 結果を 提供します。</source>
        <translation>대사증후군 검진(40~74세)과 고령자 검진(75세 이상)의 결과를 제공합니다.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-checkup</name>
    <message>
        <source>まとめて 同意すると、手術以外の 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>모두 동의하면 과거의 (수술 이외의) 진료·약 정보와 건강 정보(특정 건강검진)를 제공합니다.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報を 提供します。</source>
        <translation>모두 동의하면 수술을 포함한 과거의 진료·약 정보를 제공합니다.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>모두 동의하면 수술을 포함한 과거의 진료·약 정보와 건강 정보(특정 건강검진)를 제공합니다.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術の 情報と 健康情報（特定健診）を 提供します。</source>
        <translation>모두 동의하면 과거의 수술 정보와 건강 정보(특정 건강검진)를 제공합니다.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.title</name>
    <message>
        <source>医師・薬剤師に 提供する 情報を 選んでください</source>
        <translation>의사·약사에게 제공할 정보를 선택해 주십시오</translation>
    </message>
</context>
<context>
    <name>consent.decline</name>
    <message>
        <source>同意しない</source>
        <translation>동의하지 않습니다</translation>
    </message>
</context>
<context>
    <name>consent.decline.checkup_2021</name>
    <message>
        <source>同意しない・40歳未満</source>
        <translation>동의하지 않음・40세 미만</translation>
    </message>
</context>
<context>
    <name>consent.each</name>
    <message>
        <source>1つずつ 選ぶ</source>
        <translation>하나씩 선택한다</translation>
    </message>
</context>
<context>
    <name>consent.purpose</name>
    <message>
        <source>この 情報は あなたの 診療や 健康管理の ために 使用します。</source>
        <translation>이 정보는 귀하의 진료와 건강 관리를 위해 사용합니다.</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup</name>
    <message>
        <source>（40歳以上 対象）過去の 健康情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>(40세 이상 대상) 과거의 건강 정보를 이 기관에 제공하는 것에 동의하십니까?</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup_2021</name>
    <message>
        <source>40歳以上 対象 特定健診情報の 提供に ついて</source>
        <translation>40세 이상 대상: 특정 건강검진 정보 제공에 대하여</translation>
    </message>
</context>
<context>
    <name>consent.title.medication</name>
    <message>
        <source>過去の 手術以外の 診療・お薬情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>과거의 (수술 이외의) 진료·약 정보를 이 기관에 제공하는 것에 동의하십니까?</translation>
    </message>
</context>
<context>
    <name>consent.title.surgery</name>
    <message>
        <source>過去の 手術の 情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>과거의 수술 정보를 이 기관에 제공하는 것에 동의하십니까?</translation>
    </message>
</context>
<context>
    <name>counter.choice.already_set</name>
    <message>
        <source>この カードには すでに 設定された 暗証番号が あります。その 暗証番号は 変わりません。</source>
        <translation>이 카드에는 이미 설정된 비밀번호가 있습니다. 그 비밀번호는 바뀌지 않습니다.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body</name>
    <message>
        <source>顔認証マイナンバーカードは 暗証番号が ありません。コンビニや マイナポータルでは 使えません。</source>
        <translation>얼굴 인증 전용 마이넘버 카드에는 비밀번호가 없습니다. 편의점이나 마이나포털에서는 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body_face_card</name>
    <message>
        <source>顔認証マイナンバーカードを 選ばれています。</source>
        <translation>얼굴 인증 전용 마이넘버 카드를 선택하셨습니다.</translation>
    </message>
</context>
<context>
    <name>counter.choice.face_card</name>
    <message>
        <source>顔認証マイナンバーカードにする（暗証番号なし）</source>
        <translation>얼굴 인증 전용 카드로 하기 (비밀번호 없음)</translation>
    </message>
</context>
<context>
    <name>counter.choice.pins</name>
    <message>
        <source>暗証番号を 設定する</source>
        <translation>비밀번호 설정하기</translation>
    </message>
</context>
<context>
    <name>counter.choice.title</name>
    <message>
        <source>カードの 使い方を 選んでください</source>
        <translation>카드 사용 방법을 선택해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.done.body</name>
    <message>
        <source>係員から カードと 控えを お受け取りください。</source>
        <translation>직원에게서 카드와 보관용 사본을 받아 주십시오.</translation>
    </message>
</context>
<context>
    <name>counter.done.title</name>
    <message>
        <source>手続きが 終わりました</source>
        <translation>절차가 끝났습니다</translation>
    </message>
</context>
<context>
    <name>counter.jlis.body</name>
    <message>
        <source>暗証番号は、係員が ご案内する 専用の 端末で 設定します。</source>
        <translation>비밀번호는 직원이 안내하는 전용 단말기에서 설정합니다.</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.auth</name>
    <message>
        <source>利用者証明用の 暗証番号を 決めてください</source>
        <translation>이용자 증명용 비밀번호를 정해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号を 決めてください</source>
        <translation>주민기본대장용 비밀번호를 정해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号を 決めてください</source>
        <translation>카드 기재 사항 입력 보조용 비밀번호를 정해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.sign</name>
    <message>
        <source>署名用の パスワードを 決めてください</source>
        <translation>서명용 패스워드를 정해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.auth</name>
    <message>
        <source>利用者証明用 電子証明書の 暗証番号（数字 4けた）</source>
        <translation>이용자 증명용 전자증명서의 비밀번호 (숫자 4자리)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号（数字 4けた）</source>
        <translation>주민기본대장용 비밀번호 (숫자 4자리)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号（数字 4けた）</source>
        <translation>카드 기재 사항 입력 보조용 비밀번호 (숫자 4자리)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.sign</name>
    <message>
        <source>署名用 電子証明書の パスワード（英字の大文字と数字 6〜16文字）</source>
        <translation>서명용 전자증명서의 패스워드 (영문 대문자와 숫자, 6자에서 16자)</translation>
    </message>
</context>
<context>
    <name>counter.pin.private</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>화면은 다른 사람에게 보이지 않습니다. 번호는 표시되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>counter.pin.second</name>
    <message>
        <source>確認のため、もう一度 入力してください</source>
        <translation>확인을 위해 한 번 더 입력해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>신청합니다</translation>
    </message>
</context>
<context>
    <name>counter.registration.body</name>
    <message>
        <source>申し込むと、病院や 薬局で この カードが 保険証として 使えます。</source>
        <translation>신청하면 병원이나 약국에서 이 카드를 건강보험증으로 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>counter.registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>신청하지 않습니다</translation>
    </message>
</context>
<context>
    <name>counter.registration.pin_note</name>
    <message>
        <source>申し込みには 利用者証明用の 暗証番号（数字 4けた）を 使います。</source>
        <translation>신청에는 이용자 증명용 비밀번호(숫자 4자리)를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>counter.registration.title</name>
    <message>
        <source>保険証として 使う 申し込みを しますか</source>
        <translation>건강보험증으로 사용하도록 신청하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>counter.same.body</name>
    <message>
        <source>利用者証明用・住民基本台帳用・券面事項入力補助用は 同じ 数字に できます。</source>
        <translation>이용자 증명용, 주민기본대장용, 카드 기재 사항 입력 보조용 비밀번호는 같은 숫자로 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>counter.same.separate</name>
    <message>
        <source>別々に 決める</source>
        <translation>따로따로 정하기</translation>
    </message>
</context>
<context>
    <name>counter.same.title</name>
    <message>
        <source>ほかの 2つの 暗証番号も 同じ 数字に しますか</source>
        <translation>다른 비밀번호 2개도 같은 숫자로 하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>counter.same.use</name>
    <message>
        <source>同じに する</source>
        <translation>같게 하기</translation>
    </message>
</context>
<context>
    <name>counter.support.already.title</name>
    <message>
        <source>この カードは すでに 保険証として 使えます</source>
        <translation>이 카드는 이미 보험증으로 사용할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.checking.title</name>
    <message>
        <source>確認しています</source>
        <translation>확인하고 있습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.body</name>
    <message>
        <source>受付の 読み取り機で、これまでの お薬や 健診の 結果を 医師や 薬剤師に 見せてよいか 聞かれます。見せると、より よい 診療に 役立ちます。見せなくても 診療は 受けられます。</source>
        <translation>접수 리더기에서 지금까지의 약이나 건강검진 결과를 의사나 약사에게 보여줘도 되는지 묻습니다. 보여주면 더 나은 진료에 도움이 됩니다. 보여주지 않아도 진료는 받을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.ok</name>
    <message>
        <source>わかりました</source>
        <translation>알겠습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.title</name>
    <message>
        <source>病院や 薬局で 聞かれる ことが あります</source>
        <translation>병원이나 약국에서 물어볼 수 있는 것</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.body</name>
    <message>
        <source>あとからでも、病院や 薬局の 受付の 読み取り機や、市区町村の 窓口で 申し込めます。</source>
        <translation>나중에도 병원이나 약국 접수의 리더기나 시구정촌 창구에서 신청할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.title</name>
    <message>
        <source>申し込みは しませんでした</source>
        <translation>신청하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.done.title</name>
    <message>
        <source>申し込みが 終わりました</source>
        <translation>신청이 끝났습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.face.title</name>
    <message>
        <source>カメラの ほうを 見てください</source>
        <translation>카메라를 봐 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.support.failed.title</name>
    <message>
        <source>手続きが できませんでした</source>
        <translation>절차를 마치지 못했습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.body</name>
    <message>
        <source>マイナンバーカードを 健康保険証として 使う 申し込みを お手伝いします。</source>
        <translation>마이넘버카드를 건강보험증으로 사용하는 신청을 도와드립니다.</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.title</name>
    <message>
        <source>マイナンバーカードを 読み取り機に 置いてください</source>
        <translation>마이넘버카드를 리더기에 올려 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.support.method.face</name>
    <message>
        <source>顔認証（カメラ）</source>
        <translation>얼굴 인증(카메라)</translation>
    </message>
</context>
<context>
    <name>counter.support.method.pin</name>
    <message>
        <source>暗証番号（数字 4けた）</source>
        <translation>비밀번호(숫자 4자리)</translation>
    </message>
</context>
<context>
    <name>counter.support.method.title</name>
    <message>
        <source>ご本人の 確認の しかたを 選んでください</source>
        <translation>본인 확인 방법을 선택해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.body</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>다른 사람은 화면을 볼 수 없습니다. 번호는 표시되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.title</name>
    <message>
        <source>利用者証明用の 暗証番号（数字 4けた）を 入力してください</source>
        <translation>이용자 증명용 비밀번호(숫자 4자리)를 입력해 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>앞으로 {tries}번 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>counter.support.reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>카드를 읽고 있습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>신청하고 있습니다</translation>
    </message>
</context>
<context>
    <name>counter.support.take.body</name>
    <message>
        <source>カードを お取りください。係員から お知らせの 紙を お受け取りください。</source>
        <translation>카드를 가져가 주십시오. 직원에게서 안내문을 받아 주십시오.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.agree</name>
    <message>
        <source>同意して 申し込む</source>
        <translation>동의하고 신청한다</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.body</name>
    <message>
        <source>この カードが 健康保険証として 使えるように なります。病院や 薬局では、カードを 受付の 読み取り機に 置いて 保険の 資格を 確かめます。お薬や 健診の 情報を 見せるかどうかは、その たびに あなたが 決めます。やめたく なったら、加入している 保険の 窓口で やめる 申し込みが できます。</source>
        <translation>이 카드를 건강보험증으로 사용할 수 있게 됩니다. 병원이나 약국에서는 접수의 리더기에 카드를 올려 보험 자격을 확인합니다. 약이나 건강검진 정보를 보여줄지는 그때마다 본인이 정합니다. 그만두고 싶으면 가입한 보험의 창구에서 해지 신청을 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>신청하지 않는다</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.title</name>
    <message>
        <source>申し込みの 前に お読みください</source>
        <translation>신청하기 전에 읽어 주십시오</translation>
    </message>
</context>
<context>
    <name>counter.wait.body</name>
    <message>
        <source>しばらく お待ちください。</source>
        <translation>잠시 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>counter.wait.title</name>
    <message>
        <source>係員が ご案内します</source>
        <translation>직원이 안내해 드립니다</translation>
    </message>
</context>
<context>
    <name>counter.warned.change</name>
    <message>
        <source>別の 番号に する</source>
        <translation>다른 번호로 하기</translation>
    </message>
</context>
<context>
    <name>counter.warned.keep</name>
    <message>
        <source>このまま 使う</source>
        <translation>이대로 사용하기</translation>
    </message>
</context>
<context>
    <name>counter.warned.title</name>
    <message>
        <source>当てられやすい 番号です</source>
        <translation>알아맞히기 쉬운 번호입니다</translation>
    </message>
</context>
<context>
    <name>counter.writing.body</name>
    <message>
        <source>カードを 動かさずに お待ちください。</source>
        <translation>카드를 움직이지 말고 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>counter.writing.title</name>
    <message>
        <source>カードに 暗証番号を 設定しています</source>
        <translation>카드에 비밀번호를 설정하고 있습니다</translation>
    </message>
</context>
<context>
    <name>done.alarm</name>
    <message>
        <source>カードを お忘れです。カードを お取りください。</source>
        <translation>카드가 그대로 남아 있습니다. 카드를 가져가 주십시오.</translation>
    </message>
</context>
<context>
    <name>done.body</name>
    <message>
        <source>お呼びするまで お待ちください。カードを お取りください。</source>
        <translation>부를 때까지 기다려 주십시오. 카드를 가져가 주십시오.</translation>
    </message>
</context>
<context>
    <name>done.declined</name>
    <message>
        <source>受付で 保険証か 資格確認書を お出しください。カードを お取りください。</source>
        <translation>접수처에 건강보험증이나 자격확인서를 제출해 주십시오. 카드를 가져가 주십시오.</translation>
    </message>
</context>
<context>
    <name>done.item.checkup</name>
    <message>
        <source>健康情報（特定健診）</source>
        <translation>건강 정보(특정 건강검진)</translation>
    </message>
</context>
<context>
    <name>done.item.limit</name>
    <message>
        <source>限度額情報</source>
        <translation>한도액 정보</translation>
    </message>
</context>
<context>
    <name>done.item.medication</name>
    <message>
        <source>診療・お薬情報</source>
        <translation>진료·약 정보</translation>
    </message>
</context>
<context>
    <name>done.item.surgery</name>
    <message>
        <source>手術の 情報</source>
        <translation>수술 정보</translation>
    </message>
</context>
<context>
    <name>done.shared</name>
    <message>
        <source>提供する 情報</source>
        <translation>제공하는 정보</translation>
    </message>
</context>
<context>
    <name>done.title</name>
    <message>
        <source>受付が 完了しました</source>
        <translation>접수가 완료되었습니다</translation>
    </message>
</context>
<context>
    <name>done.withheld</name>
    <message>
        <source>提供しない 情報</source>
        <translation>제공하지 않는 정보</translation>
    </message>
</context>
<context>
    <name>error.title</name>
    <message>
        <source>受付を 続けられませんでした</source>
        <translation>접수를 계속할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>face.failed.body</name>
    <message>
        <source>暗証番号で 確認するか、「係員を 呼ぶ」を 押してください。</source>
        <translation>비밀번호로 확인하거나 「직원 호출」을 눌러 주십시오.</translation>
    </message>
</context>
<context>
    <name>face.failed.title</name>
    <message>
        <source>顔認証が できませんでした</source>
        <translation>얼굴 인증을 하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>face.prompt.blurry</name>
    <message>
        <source>動かずに そのまま お待ちください</source>
        <translation>움직이지 말고 그대로 기다려 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.multiple_faces</name>
    <message>
        <source>お一人ずつ カメラの 前に お立ちください</source>
        <translation>한 분씩 카메라 앞에 서 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.no_face</name>
    <message>
        <source>カメラの ほうに お顔を 向けてください</source>
        <translation>카메라 쪽으로 얼굴을 향해 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.off_centre</name>
    <message>
        <source>お顔を 画面の 枠の 中に 入れてください</source>
        <translation>얼굴을 화면의 테두리 안에 맞춰 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.ok</name>
    <message>
        <source>そのまま お待ちください</source>
        <translation>그대로 기다려 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_bright</name>
    <message>
        <source>まぶしすぎます。少し 横に 動いてください</source>
        <translation>너무 밝습니다. 옆으로 조금 움직여 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_dark</name>
    <message>
        <source>お顔が 暗く 写っています。帽子を 取るか、明るい ほうを 向いてください</source>
        <translation>얼굴이 어둡게 찍히고 있습니다. 모자를 벗거나 밝은 쪽을 향해 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_large</name>
    <message>
        <source>もう少し 離れてください</source>
        <translation>조금 더 뒤로 물러나 주십시오</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_small</name>
    <message>
        <source>もう少し 近づいてください</source>
        <translation>조금 더 가까이 와 주십시오</translation>
    </message>
</context>
<context>
    <name>face.retry</name>
    <message>
        <source>もう一度 撮影します。カメラを 見てください</source>
        <translation>다시 촬영합니다. 카메라를 봐 주십시오</translation>
    </message>
</context>
<context>
    <name>face.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>카메라를 봐 주십시오</translation>
    </message>
</context>
<context>
    <name>finishing.title</name>
    <message>
        <source>受付を しています</source>
        <translation>접수하고 있습니다</translation>
    </message>
</context>
<context>
    <name>help.call</name>
    <message>
        <source>係員を 呼ぶ</source>
        <translation>직원 호출</translation>
    </message>
</context>
<context>
    <name>help.called</name>
    <message>
        <source>係員を 呼んでいます</source>
        <translation>직원을 부르는 중</translation>
    </message>
</context>
<context>
    <name>help.cancel</name>
    <message>
        <source>やめる</source>
        <translation>그만두기</translation>
    </message>
</context>
<context>
    <name>idle.body</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>얼굴 사진이 있는 면을 위로 해서 리더기 위에 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>idle.title</name>
    <message>
        <source>マイナンバーカードを 置いてください</source>
        <translation>마이넘버 카드를 놓아 주십시오</translation>
    </message>
</context>
<context>
    <name>key.backspace</name>
    <message>
        <source>1つ消す</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>key.clear</name>
    <message>
        <source>全部消す</source>
        <translation>전체삭제</translation>
    </message>
</context>
<context>
    <name>key.count</name>
    <message>
        <source>{typed}文字（{low}〜{high}文字）</source>
        <translation>{typed}자 ({low}자에서 {high}자)</translation>
    </message>
</context>
<context>
    <name>key.submit</name>
    <message>
        <source>確定</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>limit.body</name>
    <message>
        <source>高額療養費制度を ご利用される 方は、カードを 取らずに 限度額情報を「提供する」を 押してください。窓口で 限度額以上の 支払いが 不要に なります。</source>
        <translation>고액요양비 제도를 이용하시는 분은 카드를 가져가지 말고 한도액 정보의 「제공한다」를 눌러 주십시오. 창구에서 한도액 이상의 지불이 필요 없게 됩니다.</translation>
    </message>
</context>
<context>
    <name>limit.provide</name>
    <message>
        <source>提供する</source>
        <translation>제공한다</translation>
    </message>
</context>
<context>
    <name>limit.question</name>
    <message>
        <source>限度額情報を 提供しますか</source>
        <translation>한도액 정보를 제공하시겠습니까</translation>
    </message>
</context>
<context>
    <name>limit.title</name>
    <message>
        <source>受付が 完了します。カードを カードリーダーから お取りください。</source>
        <translation>접수가 완료됩니다. 카드 리더기에서 카드를 가져가 주십시오.</translation>
    </message>
</context>
<context>
    <name>limit.withhold</name>
    <message>
        <source>提供しない</source>
        <translation>제공하지 않는다</translation>
    </message>
</context>
<context>
    <name>method.body</name>
    <message>
        <source>顔認証か、暗証番号（数字 4けた）を 選べます。</source>
        <translation>얼굴 인증 또는 비밀번호(숫자 4자리)를 선택할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>method.body_face_card</name>
    <message>
        <source>このカードは 顔認証で 確認します。</source>
        <translation>이 카드는 얼굴 인증으로 확인합니다.</translation>
    </message>
</context>
<context>
    <name>method.body_face_only</name>
    <message>
        <source>顔認証で 確認します。暗証番号は 使えません。</source>
        <translation>얼굴 인증으로 확인합니다. 비밀번호는 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。「係員を 呼ぶ」を 押してください。</source>
        <translation>비밀번호가 잠겨 있습니다(재설정은 시구정촌 창구에서). 「직원 호출」을 눌러 주십시오.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked_face</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。顔認証で 確認します。</source>
        <translation>비밀번호가 잠겨 있습니다(재설정은 시구정촌 창구에서). 얼굴 인증으로 확인합니다.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_only</name>
    <message>
        <source>暗証番号（数字 4けた）で 確認します。</source>
        <translation>비밀번호(숫자 4자리)로 확인합니다.</translation>
    </message>
</context>
<context>
    <name>method.body_staff_only</name>
    <message>
        <source>係員が 確認します。「係員を 呼ぶ」を 押してください。</source>
        <translation>직원이 확인합니다. 「직원 호출」을 눌러 주십시오.</translation>
    </message>
</context>
<context>
    <name>method.face</name>
    <message>
        <source>顔認証</source>
        <translation>얼굴 인증</translation>
    </message>
</context>
<context>
    <name>method.pin</name>
    <message>
        <source>暗証番号</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>method.pin_locked</name>
    <message>
        <source>暗証番号（ロック中）</source>
        <translation>비밀번호 (잠김)</translation>
    </message>
</context>
<context>
    <name>method.pin_tries</name>
    <message>
        <source>暗証番号（あと {tries} 回）</source>
        <translation>비밀번호 ({tries}회 남음)</translation>
    </message>
</context>
<context>
    <name>method.title</name>
    <message>
        <source>ご本人の 確認方法を 選んでください</source>
        <translation>본인 확인 방법을 선택해 주십시오</translation>
    </message>
</context>
<context>
    <name>name.busy</name>
    <message>
        <source>お待ちください</source>
        <translation>기다려 주십시오</translation>
    </message>
</context>
<context>
    <name>name.camera</name>
    <message>
        <source>カメラの 映像</source>
        <translation>카메라 영상</translation>
    </message>
</context>
<context>
    <name>name.picture.place</name>
    <message>
        <source>カードを 読み取り機に 置く 絵</source>
        <translation>그림: 카드를 리더기에 놓기</translation>
    </message>
</context>
<context>
    <name>name.picture.take</name>
    <message>
        <source>カードを 読み取り機から 取る 絵</source>
        <translation>그림: 리더기에서 카드를 가져가기</translation>
    </message>
</context>
<context>
    <name>name.progress</name>
    <message>
        <source>撮影の 進み具合</source>
        <translation>촬영 진행 상황</translation>
    </message>
</context>
<context>
    <name>pin.last</name>
    <message>
        <source>あと 1 回 まちがえると、カードが ロックされます。</source>
        <translation>한 번 더 틀리면 카드가 잠깁니다.</translation>
    </message>
</context>
<context>
    <name>pin.wrong.title</name>
    <message>
        <source>暗証番号が ちがいます</source>
        <translation>비밀번호가 틀렸습니다</translation>
    </message>
</context>
<context>
    <name>pin.title</name>
    <message>
        <source>暗証番号（数字 4けた）を 入力してください</source>
        <translation>비밀번호(숫자 4자리)를 입력해 주십시오</translation>
    </message>
</context>
<context>
    <name>pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>남은 입력 기회는 {tries}회입니다.</translation>
    </message>
</context>
<context>
    <name>pin.verifying</name>
    <message>
        <source>確認しています</source>
        <translation>확인하고 있습니다</translation>
    </message>
</context>
<context>
    <name>placement.flat</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>얼굴 사진이 있는 면을 위로 해서 리더기 위에 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>placement.flat_face_down</name>
    <message>
        <source>顔写真のある面を 下にして、読み取り機の 上に 置いてください。</source>
        <translation>얼굴 사진이 있는 면을 아래로 해서 리더기 위에 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>placement.slot</name>
    <message>
        <source>顔写真のある面を 上にして、金色の ICチップの ほうから 差し込んでください。</source>
        <translation>얼굴 사진이 있는 면을 위로 해서 금색 IC 칩 쪽부터 넣어 주십시오.</translation>
    </message>
</context>
<context>
    <name>placement.tray</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 置き台に 置いてください。</source>
        <translation>얼굴 사진이 있는 면을 위로 해서 리더기의 받침대에 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>prescription.electronic</name>
    <message>
        <source>電子処方箋</source>
        <translation>전자 처방전</translation>
    </message>
</context>
<context>
    <name>prescription.paper</name>
    <message>
        <source>紙の 処方箋</source>
        <translation>종이 처방전</translation>
    </message>
</context>
<context>
    <name>prescription.title</name>
    <message>
        <source>処方箋は どちらに しますか</source>
        <translation>처방전은 어느 쪽으로 하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>reading.body</name>
    <message>
        <source>カードを 動かさずに、そのまま お待ちください。</source>
        <translation>카드를 움직이지 말고 그대로 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>카드를 읽고 있습니다</translation>
    </message>
</context>
<context>
    <name>registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>신청하고 있습니다</translation>
    </message>
</context>
<context>
    <name>registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>신청합니다</translation>
    </message>
</context>
<context>
    <name>registration.body</name>
    <message>
        <source>申し込むと、この カードが 健康保険証として 使えるように なります。</source>
        <translation>신청하면 이 카드를 건강보험증으로 사용할 수 있게 됩니다.</translation>
    </message>
</context>
<context>
    <name>registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>신청하지 않습니다</translation>
    </message>
</context>
<context>
    <name>registration.title</name>
    <message>
        <source>マイナンバーカードを 保険証として 使う 申し込みを しますか</source>
        <translation>마이넘버 카드를 건강보험증으로 사용하도록 신청하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>staff.body</name>
    <message>
        <source>カードの 写真と ご本人を 見比べてください。</source>
        <translation>카드의 사진과 본인의 얼굴을 비교해 주십시오.</translation>
    </message>
</context>
<context>
    <name>staff.called</name>
    <message>
        <source>係員を 呼びました。そのまま お待ちください。</source>
        <translation>직원을 불렀습니다. 그대로 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>staff.confirm</name>
    <message>
        <source>ご本人です</source>
        <translation>본인이 맞습니다</translation>
    </message>
</context>
<context>
    <name>staff.pin_refused</name>
    <message>
        <source>係員用の 暗証番号が ちがいます。</source>
        <translation>직원용 비밀번호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>staff.reject</name>
    <message>
        <source>確認できない</source>
        <translation>확인할 수 없음</translation>
    </message>
</context>
<context>
    <name>staff.title</name>
    <message>
        <source>係員による 確認</source>
        <translation>직원 확인</translation>
    </message>
</context>
<context>
    <name>step.1</name>
    <message>
        <source>1/4 読み取り</source>
        <translation>1/4 읽기</translation>
    </message>
</context>
<context>
    <name>step.2</name>
    <message>
        <source>2/4 本人確認</source>
        <translation>2/4 본인 확인</translation>
    </message>
</context>
<context>
    <name>step.3</name>
    <message>
        <source>3/4 同意の 確認</source>
        <translation>3/4 동의 확인</translation>
    </message>
</context>
<context>
    <name>step.4</name>
    <message>
        <source>4/4 受付完了</source>
        <translation>4/4 접수 완료</translation>
    </message>
</context>
<context>
    <name>verified.title</name>
    <message>
        <source>ご本人と 確認できました</source>
        <translation>본인 확인이 완료되었습니다</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>このままだと、まもなく 最初の 画面に 戻ります。</source>
        <translation>이대로 두면 곧 처음 화면으로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ERROR</name>
    <message>
        <source>申請の 受付が できませんでした。係員に お声がけください。</source>
        <translation>신청을 접수할 수 없었습니다. 직원에게 말씀해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付申請書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>신청서 ID 번호가 올바르지 않은 것 같습니다. 교부 신청서의 23자리 번호를 확인하고 다시 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_QR_INVALID</name>
    <message>
        <source>交付申請書の QRコードを 読み取れませんでした。もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>교부 신청서의 QR 코드를 읽을 수 없었습니다. 다시 대 주시거나 신청서 ID를 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DETAILS_INCOMPLETE</name>
    <message>
        <source>お名前・ご住所・生年月日に 足りないところが あります。係員と いっしょに 確かめてください。</source>
        <translation>성명·주소·생년월일에 빠진 부분이 있습니다. 직원과 함께 확인해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_EMAIL_INVALID</name>
    <message>
        <source>メールアドレスが 正しくないようです。もう一度 入力するか、メールなしで 進んでください。</source>
        <translation>이메일 주소가 올바르지 않은 것 같습니다. 다시 입력하시거나 이메일 없이 진행해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DOCUMENTS_INSUFFICIENT</name>
    <message>
        <source>本人確認書類が 足りません。顔写真つきの 書類 1点か、ほかの 書類 2点を 係員に 見せてください。</source>
        <translation>본인 확인 서류가 부족합니다. 사진이 있는 서류 1점이나 다른 서류 2점을 직원에게 보여 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_PHOTO_CAMERA_MISSING</name>
    <message>
        <source>写真を 撮る カメラが つながっていません。カメラを つないでから、もう一度 撮影してください。</source>
        <translation>사진을 찍는 카메라가 연결되어 있지 않습니다. 카메라를 연결한 후 다시 촬영해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECORD_DAMAGED</name>
    <message>
        <source>保存した 申請を 開けませんでした。管理者に 連絡してください。</source>
        <translation>저장한 신청을 열 수 없었습니다. 관리자에게 연락해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_UNKNOWN_SESSION</name>
    <message>
        <source>この 受付の 記録が 見つかりません。管理者に 連絡してください。</source>
        <translation>이 접수의 기록을 찾을 수 없습니다. 관리자에게 연락해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_BUNDLE_INVALID</name>
    <message>
        <source>申請の ファイルが 正しくないため、取り込みませんでした。管理者に 連絡してください。</source>
        <translation>신청 파일이 올바르지 않아 가져오지 않았습니다. 관리자에게 연락해 주세요.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECEIPT_INVALID</name>
    <message>
        <source>取り込みの 受領ファイルが 正しくないため、申請は 消していません。管理者に 連絡してください。</source>
        <translation>가져오기 수령 파일이 올바르지 않아 신청은 삭제하지 않았습니다. 관리자에게 연락해 주세요.</translation>
    </message>
</context>
<context>
    <name>counter.refused.again</name>
    <message>
        <source>もう一度 入力する</source>
        <translation>다시 입력하기</translation>
    </message>
</context>
<context>
    <name>page.next</name>
    <message>
        <source>つぎへ</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>page.back</name>
    <message>
        <source>もどる</source>
        <translation>이전</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.title</name>
    <message>
        <source>マイナンバーカードの 申請を お手伝いします</source>
        <translation>마이넘버 카드 신청을 도와드립니다</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.body</name>
    <message>
        <source>係員が ご案内します。</source>
        <translation>직원이 안내해 드립니다.</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.title</name>
    <message>
        <source>交付申請書を お持ちですか</source>
        <translation>교부 신청서를 가지고 계십니까?</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.body</name>
    <message>
        <source>お持ちでしたら、係員に お渡しください。なくても 申請できます。</source>
        <translation>가지고 계시면 직원에게 건네주십시오. 없어도 신청할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>application.resident.details.title</name>
    <message>
        <source>係員が 入力しています</source>
        <translation>직원이 입력하고 있습니다</translation>
    </message>
</context>
<context>
    <name>application.resident.wait</name>
    <message>
        <source>少し お待ちください。</source>
        <translation>잠시 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.title</name>
    <message>
        <source>この 内容で 正しいですか</source>
        <translation>이 내용이 맞습니까?</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.yes</name>
    <message>
        <source>はい、正しいです</source>
        <translation>네, 맞습니다</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.no</name>
    <message>
        <source>なおしてほしい</source>
        <translation>고쳐 주십시오</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.title</name>
    <message>
        <source>メールアドレスが あれば、係員に お伝えください</source>
        <translation>이메일 주소가 있으면 직원에게 알려 주십시오</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.body</name>
    <message>
        <source>申請の お知らせが メールで 届きます。なくても 申請できます。</source>
        <translation>신청 관련 안내가 이메일로 도착합니다. 없어도 신청할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>application.resident.documents.title</name>
    <message>
        <source>本人確認書類を 係員に お見せください</source>
        <translation>본인 확인 서류를 직원에게 보여 주십시오</translation>
    </message>
</context>
<context>
    <name>application.resident.delivery.title</name>
    <message>
        <source>カードの 受け取り方を 係員と 決めてください</source>
        <translation>카드 수령 방법을 직원과 정해 주십시오</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>카메라를 봐 주십시오</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.body</name>
    <message>
        <source>そろったら 自動で 撮ります。</source>
        <translation>모두 맞으면 자동으로 촬영합니다.</translation>
    </message>
</context>
<context>
    <name>application.resident.review.title</name>
    <message>
        <source>この 写真で 申請しますか</source>
        <translation>이 사진으로 신청하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>application.resident.review.accept</name>
    <message>
        <source>この 写真で 申請する</source>
        <translation>이 사진으로 신청</translation>
    </message>
</context>
<context>
    <name>application.resident.review.retake</name>
    <message>
        <source>撮りなおす</source>
        <translation>다시 찍기</translation>
    </message>
</context>
<context>
    <name>application.resident.review.photo</name>
    <message>
        <source>申請に 使う 写真</source>
        <translation>신청에 쓰는 사진</translation>
    </message>
</context>
<context>
    <name>application.resident.saving.title</name>
    <message>
        <source>申請を 保存しています</source>
        <translation>신청을 저장하고 있습니다</translation>
    </message>
</context>
<context>
    <name>application.resident.save_failed.title</name>
    <message>
        <source>係員が 確認しています</source>
        <translation>직원이 확인하고 있습니다</translation>
    </message>
</context>
<context>
    <name>application.resident.done.title</name>
    <message>
        <source>申請を 受け付けました</source>
        <translation>신청이 접수되었습니다</translation>
    </message>
</context>
<context>
    <name>application.resident.done.body</name>
    <message>
        <source>ありがとうございました。</source>
        <translation>감사합니다.</translation>
    </message>
</context>
<context>
    <name>application.photo.ok</name>
    <message>
        <source>この 写真で 申請できます</source>
        <translation>이 사진으로 신청할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>application.photo.no_face</name>
    <message>
        <source>お顔が 写っていません。カメラの ほうを 向いてください</source>
        <translation>얼굴이 찍히지 않았습니다. 카메라 쪽을 봐 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.multiple_people</name>
    <message>
        <source>お一人だけで 写ってください</source>
        <translation>한 분만 찍히도록 해 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.too_large</name>
    <message>
        <source>もう少し カメラから 離れてください</source>
        <translation>카메라에서 조금 떨어져 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.too_small</name>
    <message>
        <source>もう少し カメラに 近づいてください</source>
        <translation>카메라에 조금 다가와 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.off_centre</name>
    <message>
        <source>お顔を 枠の まんなかに 合わせてください</source>
        <translation>얼굴을 틀의 가운데에 맞춰 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.head_cut_off</name>
    <message>
        <source>頭の 上まで 写るように してください。帽子は 取ってください</source>
        <translation>머리 위까지 찍히도록 해 주십시오. 모자는 벗어 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.not_frontal</name>
    <message>
        <source>顔を まっすぐ 正面に 向けて、首を かたむけないでください</source>
        <translation>얼굴을 정면으로 향하고 고개를 기울이지 마십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.eyes_closed</name>
    <message>
        <source>目を 開けて カメラを 見てください</source>
        <translation>눈을 뜨고 카메라를 봐 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.too_dark</name>
    <message>
        <source>暗すぎます。明るい ところで 撮りましょう</source>
        <translation>너무 어둡습니다. 밝은 곳에서 찍읍시다</translation>
    </message>
</context>
<context>
    <name>application.photo.too_bright</name>
    <message>
        <source>明るすぎます。光が 直接 当たらない ところで 撮りましょう</source>
        <translation>너무 밝습니다. 빛이 직접 닿지 않는 곳에서 찍읍시다</translation>
    </message>
</context>
<context>
    <name>application.photo.uneven_light</name>
    <message>
        <source>お顔に 影が あります。光が 顔全体に 当たるように してください</source>
        <translation>얼굴에 그림자가 있습니다. 빛이 얼굴 전체에 닿게 해 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.blurry</name>
    <message>
        <source>写真が ぼやけています。動かずに そのまま お待ちください</source>
        <translation>사진이 흐립니다. 움직이지 말고 그대로 기다려 주십시오</translation>
    </message>
</context>
<context>
    <name>application.photo.busy_background</name>
    <message>
        <source>うしろに 模様や 物が 写っています。無地の 壁の 前に 立ってください</source>
        <translation>뒤에 무늬나 물건이 찍힙니다. 무늬 없는 벽 앞에 서 주십시오</translation>
    </message>
</context>
</TS>
