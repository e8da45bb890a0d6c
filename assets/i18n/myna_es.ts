<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="ja">
<context>
    <name>CAMERA_ERROR</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>La cámara no funciona. Por favor, cambie al PIN o a la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>CAMERA_LOST</name>
    <message>
        <source>カメラが 止まりました。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>La cámara se detuvo. Por favor, cambie al PIN o a la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>CAMERA_UNAVAILABLE</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>La cámara no funciona. Por favor, cambie al PIN o a la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>CARD_ABSENT</name>
    <message>
        <source>カードが 見つかりません。カードを 読み取り機に 置いてください。</source>
        <translation>No se encuentra la tarjeta. Por favor, coloque la tarjeta en el lector de tarjetas.</translation>
    </message>
</context>
<context>
    <name>CARD_BAD_RESPONSE</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。直らないときは 係員をお呼びください。</source>
        <translation>No se pudo leer bien la tarjeta. Retire la tarjeta y vuelva a colocarla. Si el problema continúa, llame al personal.</translation>
    </message>
</context>
<context>
    <name>CARD_CERT_EXPIRED</name>
    <message>
        <source>カードの 電子証明書の 有効期限が 切れています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>El certificado electrónico de su tarjeta está vencido. Por favor, hable con recepción. Puede renovarlo en la oficina municipal de su ciudad.</translation>
    </message>
</context>
<context>
    <name>CARD_ERROR</name>
    <message>
        <source>カードを 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>No se pudo leer la tarjeta. Retire la tarjeta y vuelva a colocarla.</translation>
    </message>
</context>
<context>
    <name>CARD_NOT_MYNUMBER</name>
    <message>
        <source>マイナンバーカードでは ないようです。マイナンバーカードを 置いてください。</source>
        <translation>Parece que esta no es una tarjeta My Number. Por favor, coloque su tarjeta My Number.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_BLOCKED</name>
    <message>
        <source>暗証番号が ロックされています。顔認証か、係員による確認に 切り替えられます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>Su PIN está bloqueado. Puede cambiar al reconocimiento facial o a la verificación por el personal. Puede restablecer el PIN en la oficina municipal de su ciudad.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>El PIN es un número de 4 dígitos. Por favor, ingréselo otra vez.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_NOT_SET</name>
    <message>
        <source>このカードは 暗証番号を 使いません。顔認証か、係員による確認を 選んでください。</source>
        <translation>Esta tarjeta no usa PIN. Por favor, elija el reconocimiento facial o la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_WRONG</name>
    <message>
        <source>暗証番号が ちがいます。あと {tries} 回 まちがえると、カードが ロックされます。</source>
        <translation>El PIN no es correcto. Intentos que le quedan: {tries}. Si se equivoca en todos, la tarjeta se bloqueará.</translation>
    </message>
</context>
<context>
    <name>CARD_REMOVED</name>
    <message>
        <source>カードが はずれました。カードを もう一度 置いてください。</source>
        <translation>La tarjeta se salió del lector. Por favor, coloque la tarjeta otra vez.</translation>
    </message>
</context>
<context>
    <name>CARD_SECURITY_STATUS</name>
    <message>
        <source>確認が まだ 終わっていません。最初から やり直してください。</source>
        <translation>La verificación todavía no ha terminado. Por favor, empiece otra vez desde el principio.</translation>
    </message>
</context>
<context>
    <name>CARD_SIGNATURE_INVALID</name>
    <message>
        <source>カードを 確認できませんでした。係員をお呼びください。</source>
        <translation>No se pudo verificar la tarjeta. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>CARD_UNEXPECTED_STATUS</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>No se pudo leer bien la tarjeta. Retire la tarjeta y vuelva a colocarla.</translation>
    </message>
</context>
<context>
    <name>CONFIG_INVALID</name>
    <message>
        <source>この端末の 設定に 誤りが あります。係員をお呼びください。</source>
        <translation>Hay un error en la configuración de este equipo. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_HANDED_OVER</name>
    <message>
        <source>このカードは すでに お渡し済みです。係員が 記録を 確認します。</source>
        <translation>Esta tarjeta ya fue entregada. El personal revisará el registro.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_IN_PROGRESS</name>
    <message>
        <source>この申請は いま {desk} で 手続き中です。その窓口に 確認してください。</source>
        <translation>Esta solicitud se está tramitando ahora en la ventanilla {desk}. Por favor, consulte en esa ventanilla.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_CLOSED</name>
    <message>
        <source>このカードは 返納されているため、お渡しできません。係員が ご案内します。</source>
        <translation>Esta tarjeta fue devuelta, por eso no se puede entregar. El personal le dará indicaciones.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付通知書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>El ID de solicitud no parece correcto. Revise el número de 23 dígitos del aviso de entrega de la tarjeta. Luego ingréselo otra vez.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CANCELLED</name>
    <message>
        <source>手続きを 中止しました。係員が ご案内します。</source>
        <translation>El trámite se canceló. El personal le dará indicaciones.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_MISMATCH</name>
    <message>
        <source>このカードは この申請の カードでは ありません。係員が カードを 確認します。</source>
        <translation>Esta tarjeta no corresponde a esta solicitud. El personal revisará la tarjeta.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_SWAPPED</name>
    <message>
        <source>読み取り機の カードが 手続き中の カードと ちがいます。係員が 確認します。</source>
        <translation>La tarjeta del lector no es la de este trámite. El personal lo comprobará.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CLAIM_CLOSED</name>
    <message>
        <source>この手続きは 終わっています。申請書IDの 読み取りから やり直してください。</source>
        <translation>Este trámite ya terminó. Por favor, empiece otra vez desde la lectura del ID de solicitud.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ERROR</name>
    <message>
        <source>窓口の 手続きが できませんでした。係員に お声がけください。</source>
        <translation>No se pudo hacer el trámite en la ventanilla. Por favor, hable con el personal.</translation>
    </message>
</context>
<context>
    <name>COUNTER_FACE_CARD_NO_PINS</name>
    <message>
        <source>顔認証マイナンバーカードには 暗証番号を 設定しません。次へ 進んでください。</source>
        <translation>La tarjeta My Number solo con reconocimiento facial no usa PIN. Por favor, continúe al siguiente paso.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_NOT_CONFIRMED</name>
    <message>
        <source>ご本人の 確認が まだ 済んでいません。本人確認を してから 進んでください。</source>
        <translation>Todavía no se ha verificado su identidad. Primero verifique su identidad. Luego continúe.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_REFUSED</name>
    <message>
        <source>ご本人の 確認が できませんでした。係員が ご案内します。</source>
        <translation>No se pudo verificar su identidad. El personal le dará indicaciones.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_FAILED</name>
    <message>
        <source>職員IDか パスワードが ちがいます。もう一度 入力してください。</source>
        <translation>El ID de empleado o la contraseña no son correctos. Por favor, ingréselos otra vez.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_LOCKED</name>
    <message>
        <source>パスワードを 続けて まちがえたため、{until} まで ログインできません。お待ちいただくか、管理者に パスワードの 再設定を 頼んでください。</source>
        <translation>La contraseña se ingresó mal varias veces seguidas. No puede iniciar sesión hasta las {until}. Espere, o pida al administrador que restablezca su contraseña.</translation>
    </message>
</context>
<context>
    <name>COUNTER_NOT_READY</name>
    <message>
        <source>カードは まだ できあがっていません。交付通知書が 届いてから、もう一度 お越しください。</source>
        <translation>Su tarjeta todavía no está lista. Por favor, vuelva cuando reciba el aviso de entrega de la tarjeta.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PDF_FAILED</name>
    <message>
        <source>受領書と 控えを 保存できませんでした。係員をお呼びください。</source>
        <translation>No se pudieron guardar el comprobante de recepción y la copia. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PINS_NOT_SET</name>
    <message>
        <source>設定されていない 暗証番号が あります。係員が もう一度 設定の 手続きを します。</source>
        <translation>Hay un PIN sin configurar. El personal repetirá el trámite de configuración.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_CONFIRM_MISMATCH</name>
    <message>
        <source>1回目と 2回目の 入力が ちがいました。同じ 番号を もう一度 2回 入力してください。</source>
        <translation>La primera y la segunda vez no coinciden. Por favor, ingrese otra vez el mismo número dos veces.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>El PIN es un número de 4 dígitos. Por favor, ingréselo otra vez.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_MISSING</name>
    <message>
        <source>まだ 決めていない 暗証番号が あります。画面の 案内に そって 入力してください。</source>
        <translation>Todavía falta elegir un PIN. Por favor, ingréselo siguiendo las indicaciones de la pantalla.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_RULE</name>
    <message>
        <source>この暗証番号は 使えません。画面の 説明を 見て、もう一度 入力してください。</source>
        <translation>Este PIN no se puede usar. Lea la explicación en la pantalla. Luego ingrese el número otra vez.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINTER_MISSING</name>
    <message>
        <source>プリンターが 見つかりません。受領書と 控えは PDFで 保存しました。</source>
        <translation>No se encuentra la impresora. El comprobante de recepción y la copia se guardaron en PDF.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINT_FAILED</name>
    <message>
        <source>印刷が できませんでした。受領書と 控えは PDFで 保存しました。</source>
        <translation>No se pudo imprimir. El comprobante de recepción y la copia se guardaron en PDF.</translation>
    </message>
</context>
<context>
    <name>COUNTER_QR_INVALID</name>
    <message>
        <source>交付通知書の QRコードを 読み取れませんでした。はがきの QRコードを もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>No se pudo leer el código QR del aviso de entrega de la tarjeta. Acerque otra vez el código QR de la postal, o ingrese el ID de solicitud.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_PASSWORD_FORMAT</name>
    <message>
        <source>署名用の パスワードは、英字の 大文字と 数字を どちらも 入れて、6文字から 16文字で 決めてください。もう一度 入力してください。</source>
        <translation>La contraseña del certificado de firma debe tener de 6 a 16 caracteres. Debe incluir letras mayúsculas y también números. Por favor, ingrésela otra vez.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_UNDER_15</name>
    <message>
        <source>15歳未満の 方は、署名用の パスワードを 設定しません。次へ 進んでください。</source>
        <translation>Las personas menores de 15 años no configuran la contraseña del certificado de firma. Por favor, continúe al siguiente paso.</translation>
    </message>
</context>
<context>
    <name>COUNTER_STAFF_INACTIVE</name>
    <message>
        <source>この 職員IDは 使えません。管理者に 確認してください。</source>
        <translation>Este ID de empleado no se puede usar. Por favor, consulte con el administrador.</translation>
    </message>
</context>
<context>
    <name>COUNTER_UNKNOWN_APPLICATION</name>
    <message>
        <source>この 申請は 見つかりませんでした。係員が 交付通知書を 確認します。</source>
        <translation>No se encontró esta solicitud. El personal revisará el aviso de entrega de la tarjeta.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_BAD_ANSWER</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>No se pudo verificar su cobertura del seguro de salud. Por favor, hable con recepción.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_CERT_REVOKED</name>
    <message>
        <source>カードの 電子証明書が 使えなくなっています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>El certificado electrónico de su tarjeta ya no se puede usar. Por favor, hable con recepción. Puede renovarlo en la oficina municipal de su ciudad.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_ERROR</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>No se pudo verificar su cobertura del seguro de salud. Por favor, hable con recepción.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_JPKI_MAINTENANCE</name>
    <message>
        <source>いま 点検中のため、この手続きは できません。受付に お声がけください。</source>
        <translation>El sistema está en mantenimiento, por eso ahora no se puede hacer este trámite. Por favor, hable con recepción.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_UNAVAILABLE</name>
    <message>
        <source>いま 保険の 資格を 確認できません。受付に お声がけください。「資格情報のお知らせ」か 資格確認書が あれば、受付に お出しください。</source>
        <translation>En este momento no se puede verificar su cobertura del seguro de salud. Por favor, hable con recepción. Si tiene el aviso de información de su seguro o el Certificado de Elegibilidad (shikaku kakuninsho), entréguelo en recepción.</translation>
    </message>
</context>
<context>
    <name>FACE_ATTEMPTS_EXHAUSTED</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>No se pudo hacer el reconocimiento facial. Por favor, cambie al PIN o a la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>FACE_CARD_PHOTO_UNUSABLE</name>
    <message>
        <source>カードの 写真では 顔認証が できません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>La foto de la tarjeta no sirve para el reconocimiento facial. Por favor, elija el PIN o la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>FACE_ENGINE_UNAVAILABLE</name>
    <message>
        <source>顔認証が いま 使えません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>El reconocimiento facial no está disponible ahora. Por favor, elija el PIN o la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>FACE_ERROR</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>No se pudo hacer el reconocimiento facial. Por favor, cambie al PIN o a la verificación por el personal.</translation>
    </message>
</context>
<context>
    <name>FACE_NOT_FOUND</name>
    <message>
        <source>写真に お顔が 見つかりませんでした。係員をお呼びください。</source>
        <translation>No se encontró su cara en la foto. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>HANDOFF_FAILED</name>
    <message>
        <source>受付の 手続きは 終わりましたが、受付の システムへの 連絡が できませんでした。カードを お取りになり、受付に お声がけください。</source>
        <translation>Su registro terminó, pero no se pudo avisar al sistema de recepción. Por favor, retire su tarjeta. Luego hable con recepción.</translation>
    </message>
</context>
<context>
    <name>IMAGE_INVALID</name>
    <message>
        <source>写真を 読み取れませんでした。係員をお呼びください。</source>
        <translation>No se pudo leer la foto. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_ERROR</name>
    <message>
        <source>カードに 暗証番号を 設定できませんでした。係員に お声がけください。</source>
        <translation>No se pudo configurar el PIN en la tarjeta. Por favor, hable con el personal.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_INCOMPLETE</name>
    <message>
        <source>暗証番号の 設定が 途中で 止まりました。設定できたもの：{set}。まだのもの：{missing}。係員が カードを 読み取り機に もう一度 置くと、続きから 設定します。</source>
        <translation>La configuración de los PIN se detuvo antes de terminar. Ya configurados: {set}. Pendientes: {missing}. Cuando el personal vuelva a colocar la tarjeta en el lector, la configuración continuará desde donde quedó.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_NEEDS_JLIS</name>
    <message>
        <source>この端末では カードに 暗証番号を 設定できません。係員が 専用の 端末で 設定します。</source>
        <translation>En este equipo no se puede configurar el PIN de la tarjeta. El personal lo configurará en un equipo especial.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_PIN_REFUSED</name>
    <message>
        <source>このカードには この暗証番号を 設定できません。係員が 確認します。</source>
        <translation>Este PIN no se puede configurar en esta tarjeta. El personal lo revisará.</translation>
    </message>
</context>
<context>
    <name>KIOSK_ERROR</name>
    <message>
        <source>うまく いきませんでした。係員をお呼びください。</source>
        <translation>Algo salió mal. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_BIRTH_DATE</name>
    <message>
        <source>誕生日から わかる 番号は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Un número basado en su fecha de nacimiento es fácil de adivinar para otras personas. Aun así, puede configurarlo.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_COMMON</name>
    <message>
        <source>よく 使われる 番号で、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Este es un número muy usado y es fácil de adivinar para otras personas. Aun así, puede configurarlo.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_REPEATED</name>
    <message>
        <source>同じ 数字の くり返しは、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Un número con el mismo dígito repetido es fácil de adivinar para otras personas. Aun así, puede configurarlo.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_SEQUENCE</name>
    <message>
        <source>順番に 並んだ 数字は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Un número con dígitos seguidos en orden es fácil de adivinar para otras personas. Aun así, puede configurarlo.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_YEAR</name>
    <message>
        <source>生まれた年や 今年の 年は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Su año de nacimiento o el año actual son fáciles de adivinar para otras personas. Aun así, puede configurarlo.</translation>
    </message>
</context>
<context>
    <name>READER_BUSY</name>
    <message>
        <source>カード読み取り機が ほかで 使われています。少し 待ってから、もう一度 お試しください。</source>
        <translation>El lector de tarjetas se está usando en otro proceso. Espere un momento. Luego vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>READER_UNAVAILABLE</name>
    <message>
        <source>カード読み取り機が 使えません。係員をお呼びください。</source>
        <translation>El lector de tarjetas no funciona. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>REGISTRATION_NEEDS_FACE</name>
    <message>
        <source>このカードは 暗証番号が ないため、ここでは 申し込めません。病院や 薬局の 顔認証付きカードリーダーで 申し込めます。</source>
        <translation>Esta tarjeta no tiene PIN, así que no puede solicitarlo aquí. Puede hacerlo en un lector con reconocimiento facial de un hospital o farmacia.</translation>
    </message>
</context>
<context>
    <name>SECRET_STORE_UNAVAILABLE</name>
    <message>
        <source>いま この受付機が 使えません。係員をお呼びください。</source>
        <translation>Esta máquina de recepción no se puede usar ahora. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>STAFF_REJECTED</name>
    <message>
        <source>ご本人の 確認が できませんでした。受付に お声がけください。</source>
        <translation>No se pudo verificar su identidad. Por favor, hable con recepción.</translation>
    </message>
</context>
<context>
    <name>STORE_ERROR</name>
    <message>
        <source>受付の 記録が できませんでした。係員をお呼びください。</source>
        <translation>No se pudo guardar el registro de recepción. Por favor, llame al personal.</translation>
    </message>
</context>
<context>
    <name>STORE_UNAVAILABLE</name>
    <message>
        <source>いま 受付の 記録が できません。少し 待ってから、もう一度 お試しください。直らないときは 係員をお呼びください。</source>
        <translation>En este momento no se puede guardar el registro de recepción. Espere un momento. Luego vuelva a intentarlo. Si el problema continúa, llame al personal.</translation>
    </message>
</context>
<context>
    <name>TIMEOUT</name>
    <message>
        <source>時間が たちましたので、最初に 戻ります。カードを お取りください。</source>
        <translation>Se acabó el tiempo. Se volverá al inicio. Por favor, retire su tarjeta.</translation>
    </message>
</context>
<context>
    <name>VOICE_SYNTHESIS_FAILED</name>
    <message>
        <source>音声の 案内が 出せません。画面の 文字を ご覧ください。</source>
        <translation>La guía por voz no está disponible. Por favor, lea el texto de la pantalla.</translation>
    </message>
</context>
<context>
    <name>access.contrast.off</name>
    <message>
        <source>ふつうの 色に もどす</source>
        <translation>Colores normales</translation>
    </message>
</context>
<context>
    <name>access.contrast.on</name>
    <message>
        <source>見やすい 色に する</source>
        <translation>Colores fáciles de ver</translation>
    </message>
</context>
<context>
    <name>access.furigana.off</name>
    <message>
        <source>ふりがなを 消す</source>
        <translation>Quitar furigana</translation>
    </message>
</context>
<context>
    <name>access.furigana.on</name>
    <message>
        <source>ふりがなを つける</source>
        <translation>Mostrar furigana</translation>
    </message>
</context>
<context>
    <name>access.language</name>
    <message>
        <source>ほかの 言語を 選べます</source>
        <translation>Puede elegir otro idioma</translation>
    </message>
</context>
<context>
    <name>access.replay</name>
    <message>
        <source>もう一度 聞く</source>
        <translation>Escuchar otra vez</translation>
    </message>
</context>
<context>
    <name>access.size.1</name>
    <message>
        <source>文字の 大きさ：標準</source>
        <translation>Letra: normal</translation>
    </message>
</context>
<context>
    <name>access.size.2</name>
    <message>
        <source>文字の 大きさ：大</source>
        <translation>Letra: grande</translation>
    </message>
</context>
<context>
    <name>access.size.3</name>
    <message>
        <source>文字の 大きさ：特大</source>
        <translation>Letra: muy grande</translation>
    </message>
</context>
<context>
    <name>back</name>
    <message>
        <source>もどる</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>blocked.body</name>
    <message>
        <source>顔認証か、係員による 確認で 受付できます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>Puede registrarse con reconocimiento facial o con la verificación por el personal. Puede restablecer el PIN en la oficina municipal de su ciudad.</translation>
    </message>
</context>
<context>
    <name>blocked.title</name>
    <message>
        <source>暗証番号が ロックされています</source>
        <translation>El PIN está bloqueado</translation>
    </message>
</context>
<context>
    <name>cancelled.body</name>
    <message>
        <source>受付は 完了していません。カードを お取りください。</source>
        <translation>Su recepción no se ha completado. Retire su tarjeta.</translation>
    </message>
</context>
<context>
    <name>cancelled.title</name>
    <message>
        <source>受付を やめました</source>
        <translation>Ha cancelado la recepción</translation>
    </message>
</context>
<context>
    <name>checking.body</name>
    <message>
        <source>保険の 資格を 確認しています。そのまま お待ちください。</source>
        <translation>Estamos comprobando su seguro. Espere, por favor.</translation>
    </message>
</context>
<context>
    <name>checking.title</name>
    <message>
        <source>保険の 資格を 確認しています</source>
        <translation>Verificando su cobertura del seguro de salud</translation>
    </message>
</context>
<context>
    <name>consent.agree</name>
    <message>
        <source>同意する</source>
        <translation>Acepto</translation>
    </message>
</context>
<context>
    <name>consent.all</name>
    <message>
        <source>まとめて 同意する</source>
        <translation>Aceptar todo</translation>
    </message>
</context>
<context>
    <name>consent.body.checkup_2021</name>
    <message>
        <source>メタボ健診（40～74歳）や 高齢者健診（75歳以上）の 結果を 提供します。</source>
        <translation>Se dan los resultados de chequeos metabólicos (40–74 años) y de mayores de 75 años.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-checkup</name>
    <message>
        <source>まとめて 同意すると、手術以外の 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Aceptar todo: se proporcionan su atención y medicamentos anteriores (sin cirugías) y sus chequeos.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報を 提供します。</source>
        <translation>Aceptar todo: se proporcionan su atención y medicamentos anteriores, con cirugías.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Aceptar todo: se proporcionan su atención y medicamentos anteriores, con cirugías, y sus chequeos.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術の 情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Aceptar todo: se proporcionan sus cirugías anteriores y sus chequeos de salud.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.title</name>
    <message>
        <source>医師・薬剤師に 提供する 情報を 選んでください</source>
        <translation>Elija la información que se proporciona a médicos y farmacéuticos</translation>
    </message>
</context>
<context>
    <name>consent.decline</name>
    <message>
        <source>同意しない</source>
        <translation>No acepto</translation>
    </message>
</context>
<context>
    <name>consent.decline.checkup_2021</name>
    <message>
        <source>同意しない・40歳未満</source>
        <translation>No / menor de 40</translation>
    </message>
</context>
<context>
    <name>consent.each</name>
    <message>
        <source>1つずつ 選ぶ</source>
        <translation>Elegir uno por uno</translation>
    </message>
</context>
<context>
    <name>consent.purpose</name>
    <message>
        <source>この 情報は あなたの 診療や 健康管理の ために 使用します。</source>
        <translation>Se usa para su atención médica y el cuidado de su salud.</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup</name>
    <message>
        <source>（40歳以上 対象）過去の 健康情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>(Mayores de 40 años) ¿Acepta dar a este centro su información de chequeos anteriores?</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup_2021</name>
    <message>
        <source>40歳以上 対象 特定健診情報の 提供に ついて</source>
        <translation>Para mayores de 40 años: proporcionar la información de su chequeo de salud específico</translation>
    </message>
</context>
<context>
    <name>consent.title.medication</name>
    <message>
        <source>過去の 手術以外の 診療・お薬情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>¿Acepta dar a este centro su información de atención y medicamentos anteriores (sin cirugías)?</translation>
    </message>
</context>
<context>
    <name>consent.title.surgery</name>
    <message>
        <source>過去の 手術の 情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>¿Acepta proporcionar a este centro su información de cirugías anteriores?</translation>
    </message>
</context>
<context>
    <name>counter.choice.already_set</name>
    <message>
        <source>この カードには すでに 設定された 暗証番号が あります。その 暗証番号は 変わりません。</source>
        <translation>Esta tarjeta ya tiene PIN configurados. Esos PIN no cambian.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body</name>
    <message>
        <source>顔認証マイナンバーカードは 暗証番号が ありません。コンビニや マイナポータルでは 使えません。</source>
        <translation>La tarjeta My Number solo con reconocimiento facial no tiene PIN. No se puede usar en tiendas de conveniencia ni en Mynaportal.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body_face_card</name>
    <message>
        <source>顔認証マイナンバーカードを 選ばれています。</source>
        <translation>Usted eligió la tarjeta My Number solo con reconocimiento facial.</translation>
    </message>
</context>
<context>
    <name>counter.choice.face_card</name>
    <message>
        <source>顔認証マイナンバーカードにする（暗証番号なし）</source>
        <translation>Solo reconocimiento facial (sin PIN)</translation>
    </message>
</context>
<context>
    <name>counter.choice.pins</name>
    <message>
        <source>暗証番号を 設定する</source>
        <translation>Configurar los PIN</translation>
    </message>
</context>
<context>
    <name>counter.choice.title</name>
    <message>
        <source>カードの 使い方を 選んでください</source>
        <translation>Elija cómo usar su tarjeta</translation>
    </message>
</context>
<context>
    <name>counter.done.body</name>
    <message>
        <source>係員から カードと 控えを お受け取りください。</source>
        <translation>Por favor, reciba su tarjeta y la copia de manos del personal.</translation>
    </message>
</context>
<context>
    <name>counter.done.title</name>
    <message>
        <source>手続きが 終わりました</source>
        <translation>El trámite terminó</translation>
    </message>
</context>
<context>
    <name>counter.jlis.body</name>
    <message>
        <source>暗証番号は、係員が ご案内する 専用の 端末で 設定します。</source>
        <translation>Los PIN se configuran en otro terminal. El personal le guiará.</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.auth</name>
    <message>
        <source>利用者証明用の 暗証番号を 決めてください</source>
        <translation>Elija el PIN de autenticación de usuario</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号を 決めてください</source>
        <translation>Elija el PIN del Registro Básico de Residentes</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号を 決めてください</source>
        <translation>Elija el PIN de apoyo para la entrada de datos de la tarjeta</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.sign</name>
    <message>
        <source>署名用の パスワードを 決めてください</source>
        <translation>Elija la contraseña de firma</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.auth</name>
    <message>
        <source>利用者証明用 電子証明書の 暗証番号（数字 4けた）</source>
        <translation>PIN del certificado de autenticación de usuario (número de 4 dígitos)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号（数字 4けた）</source>
        <translation>PIN del Registro Básico de Residentes (número de 4 dígitos)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号（数字 4けた）</source>
        <translation>PIN de apoyo para la entrada de datos de la tarjeta (número de 4 dígitos)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.sign</name>
    <message>
        <source>署名用 電子証明書の パスワード（英字の大文字と数字 6〜16文字）</source>
        <translation>Contraseña del certificado de firma (de 6 a 16 caracteres, con letras mayúsculas y números)</translation>
    </message>
</context>
<context>
    <name>counter.pin.private</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>Otras personas no pueden ver esta pantalla. El número no se mostrará.</translation>
    </message>
</context>
<context>
    <name>counter.pin.second</name>
    <message>
        <source>確認のため、もう一度 入力してください</source>
        <translation>Para confirmar, ingréselo otra vez</translation>
    </message>
</context>
<context>
    <name>counter.registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>Solicitar</translation>
    </message>
</context>
<context>
    <name>counter.registration.body</name>
    <message>
        <source>申し込むと、病院や 薬局で この カードが 保険証として 使えます。</source>
        <translation>Si lo solicita, podrá usar esta tarjeta como tarjeta del seguro de salud en hospitales y farmacias.</translation>
    </message>
</context>
<context>
    <name>counter.registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>No solicitar</translation>
    </message>
</context>
<context>
    <name>counter.registration.pin_note</name>
    <message>
        <source>申し込みには 利用者証明用の 暗証番号（数字 4けた）を 使います。</source>
        <translation>Para solicitarlo se usa el PIN de 4 dígitos del certificado de usuario (利用者証明用).</translation>
    </message>
</context>
<context>
    <name>counter.registration.title</name>
    <message>
        <source>保険証として 使う 申し込みを しますか</source>
        <translation>¿Usar esta tarjeta como tarjeta del seguro de salud?</translation>
    </message>
</context>
<context>
    <name>counter.same.body</name>
    <message>
        <source>利用者証明用・住民基本台帳用・券面事項入力補助用は 同じ 数字に できます。</source>
        <translation>El PIN del certificado de autenticación de usuario, el del Registro Básico de Residentes y el de apoyo para la entrada de datos de la tarjeta pueden tener el mismo número.</translation>
    </message>
</context>
<context>
    <name>counter.same.separate</name>
    <message>
        <source>別々に 決める</source>
        <translation>Elegirlos por separado</translation>
    </message>
</context>
<context>
    <name>counter.same.title</name>
    <message>
        <source>ほかの 2つの 暗証番号も 同じ 数字に しますか</source>
        <translation>¿Desea usar el mismo número para los otros dos PIN?</translation>
    </message>
</context>
<context>
    <name>counter.same.use</name>
    <message>
        <source>同じに する</source>
        <translation>Usar el mismo</translation>
    </message>
</context>
<context>
    <name>counter.support.already.title</name>
    <message>
        <source>この カードは すでに 保険証として 使えます</source>
        <translation>Esta tarjeta ya puede usarse como tarjeta del seguro médico</translation>
    </message>
</context>
<context>
    <name>counter.support.checking.title</name>
    <message>
        <source>確認しています</source>
        <translation>Comprobando</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.body</name>
    <message>
        <source>受付の 読み取り機で、これまでの お薬や 健診の 結果を 医師や 薬剤師に 見せてよいか 聞かれます。見せると、より よい 診療に 役立ちます。見せなくても 診療は 受けられます。</source>
        <translation>En el lector de recepción le preguntarán si los médicos y farmacéuticos pueden ver sus medicamentos y resultados de chequeos anteriores. Mostrarlos ayuda a recibir una mejor atención. Si no los muestra, igualmente puede recibir atención.</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.ok</name>
    <message>
        <source>わかりました</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.title</name>
    <message>
        <source>病院や 薬局で 聞かれる ことが あります</source>
        <translation>Lo que pueden preguntarle en hospitales y farmacias</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.body</name>
    <message>
        <source>あとからでも、病院や 薬局の 受付の 読み取り機や、市区町村の 窓口で 申し込めます。</source>
        <translation>Puede solicitarlo más tarde en el lector de recepción de un hospital o farmacia, o en la ventanilla de su municipio.</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.title</name>
    <message>
        <source>申し込みは しませんでした</source>
        <translation>No se ha hecho la solicitud</translation>
    </message>
</context>
<context>
    <name>counter.support.done.title</name>
    <message>
        <source>申し込みが 終わりました</source>
        <translation>Su solicitud está completa</translation>
    </message>
</context>
<context>
    <name>counter.support.face.title</name>
    <message>
        <source>カメラの ほうを 見てください</source>
        <translation>Mire a la cámara</translation>
    </message>
</context>
<context>
    <name>counter.support.failed.title</name>
    <message>
        <source>手続きが できませんでした</source>
        <translation>No se pudo completar el trámite</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.body</name>
    <message>
        <source>マイナンバーカードを 健康保険証として 使う 申し込みを お手伝いします。</source>
        <translation>Le ayudamos a solicitar el uso de su tarjeta My Number como tarjeta del seguro médico.</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.title</name>
    <message>
        <source>マイナンバーカードを 読み取り機に 置いてください</source>
        <translation>Coloque su tarjeta My Number en el lector</translation>
    </message>
</context>
<context>
    <name>counter.support.method.face</name>
    <message>
        <source>顔認証（カメラ）</source>
        <translation>Reconocimiento facial (cámara)</translation>
    </message>
</context>
<context>
    <name>counter.support.method.pin</name>
    <message>
        <source>暗証番号（数字 4けた）</source>
        <translation>PIN (4 dígitos)</translation>
    </message>
</context>
<context>
    <name>counter.support.method.title</name>
    <message>
        <source>ご本人の 確認の しかたを 選んでください</source>
        <translation>Elija cómo confirmar su identidad</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.body</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>Nadie más puede ver esta pantalla. El número no se muestra.</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.title</name>
    <message>
        <source>利用者証明用の 暗証番号（数字 4けた）を 入力してください</source>
        <translation>Introduzca el PIN de 4 dígitos del certificado de usuario (利用者証明用)</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>Le quedan {tries} intentos.</translation>
    </message>
</context>
<context>
    <name>counter.support.reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>Leyendo su tarjeta</translation>
    </message>
</context>
<context>
    <name>counter.support.registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>Enviando su solicitud</translation>
    </message>
</context>
<context>
    <name>counter.support.take.body</name>
    <message>
        <source>カードを お取りください。係員から お知らせの 紙を お受け取りください。</source>
        <translation>Retire su tarjeta. El personal le entregará una hoja informativa.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.agree</name>
    <message>
        <source>同意して 申し込む</source>
        <translation>Aceptar y solicitar</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.body</name>
    <message>
        <source>この カードが 健康保険証として 使えるように なります。病院や 薬局では、カードを 受付の 読み取り機に 置いて 保険の 資格を 確かめます。お薬や 健診の 情報を 見せるかどうかは、その たびに あなたが 決めます。やめたく なったら、加入している 保険の 窓口で やめる 申し込みが できます。</source>
        <translation>Esta tarjeta podrá usarse como tarjeta del seguro médico. En hospitales y farmacias, coloque la tarjeta en el lector de recepción para confirmar su seguro. Cada vez usted decide si muestra la información de sus medicamentos y chequeos médicos. Si quiere dejar de usarla, puede solicitarlo en la oficina de su seguro médico.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>No solicitar</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.title</name>
    <message>
        <source>申し込みの 前に お読みください</source>
        <translation>Lea esto antes de solicitarlo</translation>
    </message>
</context>
<context>
    <name>counter.wait.body</name>
    <message>
        <source>しばらく お待ちください。</source>
        <translation>Espere un momento, por favor.</translation>
    </message>
</context>
<context>
    <name>counter.wait.title</name>
    <message>
        <source>係員が ご案内します</source>
        <translation>El personal le atenderá</translation>
    </message>
</context>
<context>
    <name>counter.warned.change</name>
    <message>
        <source>別の 番号に する</source>
        <translation>Elegir otro número</translation>
    </message>
</context>
<context>
    <name>counter.warned.keep</name>
    <message>
        <source>このまま 使う</source>
        <translation>Usar este número</translation>
    </message>
</context>
<context>
    <name>counter.warned.title</name>
    <message>
        <source>当てられやすい 番号です</source>
        <translation>Este número es fácil de adivinar</translation>
    </message>
</context>
<context>
    <name>counter.writing.body</name>
    <message>
        <source>カードを 動かさずに お待ちください。</source>
        <translation>No mueva la tarjeta. Espere, por favor.</translation>
    </message>
</context>
<context>
    <name>counter.writing.title</name>
    <message>
        <source>カードに 暗証番号を 設定しています</source>
        <translation>Configurando el PIN en la tarjeta</translation>
    </message>
</context>
<context>
    <name>done.alarm</name>
    <message>
        <source>カードを お忘れです。カードを お取りください。</source>
        <translation>No olvide su tarjeta. Por favor, retírela.</translation>
    </message>
</context>
<context>
    <name>done.body</name>
    <message>
        <source>お呼びするまで お待ちください。カードを お取りください。</source>
        <translation>Espere a que le llamen y retire su tarjeta.</translation>
    </message>
</context>
<context>
    <name>done.declined</name>
    <message>
        <source>受付で 保険証か 資格確認書を お出しください。カードを お取りください。</source>
        <translation>Por favor, entregue en recepción su tarjeta del seguro de salud o su Certificado de Elegibilidad (shikaku kakuninsho). Retire su tarjeta.</translation>
    </message>
</context>
<context>
    <name>done.item.checkup</name>
    <message>
        <source>健康情報（特定健診）</source>
        <translation>Chequeos de salud</translation>
    </message>
</context>
<context>
    <name>done.item.limit</name>
    <message>
        <source>限度額情報</source>
        <translation>Límite de gastos</translation>
    </message>
</context>
<context>
    <name>done.item.medication</name>
    <message>
        <source>診療・お薬情報</source>
        <translation>Atención médica y medicamentos</translation>
    </message>
</context>
<context>
    <name>done.item.surgery</name>
    <message>
        <source>手術の 情報</source>
        <translation>Cirugías</translation>
    </message>
</context>
<context>
    <name>done.shared</name>
    <message>
        <source>提供する 情報</source>
        <translation>Se proporciona</translation>
    </message>
</context>
<context>
    <name>done.title</name>
    <message>
        <source>受付が 完了しました</source>
        <translation>Su recepción ha terminado</translation>
    </message>
</context>
<context>
    <name>done.withheld</name>
    <message>
        <source>提供しない 情報</source>
        <translation>No se proporciona</translation>
    </message>
</context>
<context>
    <name>error.title</name>
    <message>
        <source>受付を 続けられませんでした</source>
        <translation>No se pudo continuar con el registro</translation>
    </message>
</context>
<context>
    <name>face.failed.body</name>
    <message>
        <source>暗証番号で 確認するか、「係員を 呼ぶ」を 押してください。</source>
        <translation>Use su PIN o pulse «Llamar al personal».</translation>
    </message>
</context>
<context>
    <name>face.failed.title</name>
    <message>
        <source>顔認証が できませんでした</source>
        <translation>No se pudo hacer el reconocimiento facial</translation>
    </message>
</context>
<context>
    <name>face.prompt.blurry</name>
    <message>
        <source>動かずに そのまま お待ちください</source>
        <translation>No se mueva. Espere así, por favor</translation>
    </message>
</context>
<context>
    <name>face.prompt.multiple_faces</name>
    <message>
        <source>お一人ずつ カメラの 前に お立ちください</source>
        <translation>Solo una persona a la vez frente a la cámara, por favor</translation>
    </message>
</context>
<context>
    <name>face.prompt.no_face</name>
    <message>
        <source>カメラの ほうに お顔を 向けてください</source>
        <translation>Mire hacia la cámara</translation>
    </message>
</context>
<context>
    <name>face.prompt.off_centre</name>
    <message>
        <source>お顔を 画面の 枠の 中に 入れてください</source>
        <translation>Ponga su cara dentro del marco de la pantalla</translation>
    </message>
</context>
<context>
    <name>face.prompt.ok</name>
    <message>
        <source>そのまま お待ちください</source>
        <translation>Espere así, por favor</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_bright</name>
    <message>
        <source>まぶしすぎます。少し 横に 動いてください</source>
        <translation>Hay demasiada luz. Muévase un poco hacia un lado</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_dark</name>
    <message>
        <source>お顔が 暗く 写っています。帽子を 取るか、明るい ほうを 向いてください</source>
        <translation>Su cara se ve oscura. Quítese el sombrero, o mire hacia un lugar con más luz</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_large</name>
    <message>
        <source>もう少し 離れてください</source>
        <translation>Aléjese un poco</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_small</name>
    <message>
        <source>もう少し 近づいてください</source>
        <translation>Acérquese un poco</translation>
    </message>
</context>
<context>
    <name>face.retry</name>
    <message>
        <source>もう一度 撮影します。カメラを 見てください</source>
        <translation>Vamos a tomar la foto otra vez. Mire a la cámara</translation>
    </message>
</context>
<context>
    <name>face.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>Mire a la cámara</translation>
    </message>
</context>
<context>
    <name>finishing.title</name>
    <message>
        <source>受付を しています</source>
        <translation>Haciendo su registro</translation>
    </message>
</context>
<context>
    <name>help.call</name>
    <message>
        <source>係員を 呼ぶ</source>
        <translation>Llamar al personal</translation>
    </message>
</context>
<context>
    <name>help.called</name>
    <message>
        <source>係員を 呼んでいます</source>
        <translation>El personal viene</translation>
    </message>
</context>
<context>
    <name>help.cancel</name>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>idle.body</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>Ponga la tarjeta sobre el lector, con el lado de la foto hacia arriba.</translation>
    </message>
</context>
<context>
    <name>idle.title</name>
    <message>
        <source>マイナンバーカードを 置いてください</source>
        <translation>Coloque su tarjeta My Number</translation>
    </message>
</context>
<context>
    <name>key.backspace</name>
    <message>
        <source>1つ消す</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>key.clear</name>
    <message>
        <source>全部消す</source>
        <translation>Limpiar</translation>
    </message>
</context>
<context>
    <name>key.count</name>
    <message>
        <source>{typed}文字（{low}〜{high}文字）</source>
        <translation>{typed} caracteres (de {low} a {high})</translation>
    </message>
</context>
<context>
    <name>key.submit</name>
    <message>
        <source>確定</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>limit.body</name>
    <message>
        <source>高額療養費制度を ご利用される 方は、カードを 取らずに 限度額情報を「提供する」を 押してください。窓口で 限度額以上の 支払いが 不要に なります。</source>
        <translation>Si usa el sistema de gastos médicos elevados, deje la tarjeta y pulse «Proporcionar»: no pagará más de su límite.</translation>
    </message>
</context>
<context>
    <name>limit.provide</name>
    <message>
        <source>提供する</source>
        <translation>Proporcionar</translation>
    </message>
</context>
<context>
    <name>limit.question</name>
    <message>
        <source>限度額情報を 提供しますか</source>
        <translation>¿Proporciona la información del límite de gastos?</translation>
    </message>
</context>
<context>
    <name>limit.title</name>
    <message>
        <source>受付が 完了します。カードを カードリーダーから お取りください。</source>
        <translation>Su recepción ha terminado. Retire su tarjeta del lector.</translation>
    </message>
</context>
<context>
    <name>limit.withhold</name>
    <message>
        <source>提供しない</source>
        <translation>No proporcionar</translation>
    </message>
</context>
<context>
    <name>method.body</name>
    <message>
        <source>顔認証か、暗証番号（数字 4けた）を 選べます。</source>
        <translation>Puede elegir reconocimiento facial o PIN (número de 4 dígitos).</translation>
    </message>
</context>
<context>
    <name>method.body_face_card</name>
    <message>
        <source>このカードは 顔認証で 確認します。</source>
        <translation>Esta tarjeta se verifica con reconocimiento facial.</translation>
    </message>
</context>
<context>
    <name>method.body_face_only</name>
    <message>
        <source>顔認証で 確認します。暗証番号は 使えません。</source>
        <translation>Se verificará con reconocimiento facial. No se puede usar el PIN.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。「係員を 呼ぶ」を 押してください。</source>
        <translation>Su PIN está bloqueado (se restablece en el ayuntamiento). Pulse «Llamar al personal».</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked_face</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。顔認証で 確認します。</source>
        <translation>Su PIN está bloqueado (se restablece en el ayuntamiento). Use el reconocimiento facial.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_only</name>
    <message>
        <source>暗証番号（数字 4けた）で 確認します。</source>
        <translation>Se verificará con el PIN (número de 4 dígitos).</translation>
    </message>
</context>
<context>
    <name>method.body_staff_only</name>
    <message>
        <source>係員が 確認します。「係員を 呼ぶ」を 押してください。</source>
        <translation>Un empleado lo comprobará. Pulse «Llamar al personal».</translation>
    </message>
</context>
<context>
    <name>method.face</name>
    <message>
        <source>顔認証</source>
        <translation>Reconocimiento facial</translation>
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
        <translation>PIN (bloqueado)</translation>
    </message>
</context>
<context>
    <name>method.pin_tries</name>
    <message>
        <source>暗証番号（あと {tries} 回）</source>
        <translation>PIN (intentos: {tries})</translation>
    </message>
</context>
<context>
    <name>method.title</name>
    <message>
        <source>ご本人の 確認方法を 選んでください</source>
        <translation>Elija cómo verificar su identidad</translation>
    </message>
</context>
<context>
    <name>name.busy</name>
    <message>
        <source>お待ちください</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>name.camera</name>
    <message>
        <source>カメラの 映像</source>
        <translation>Imagen de la cámara</translation>
    </message>
</context>
<context>
    <name>name.picture.place</name>
    <message>
        <source>カードを 読み取り機に 置く 絵</source>
        <translation>Imagen: poner la tarjeta en el lector</translation>
    </message>
</context>
<context>
    <name>name.picture.take</name>
    <message>
        <source>カードを 読み取り機から 取る 絵</source>
        <translation>Imagen: retirar la tarjeta del lector</translation>
    </message>
</context>
<context>
    <name>name.progress</name>
    <message>
        <source>撮影の 進み具合</source>
        <translation>Progreso de la captura</translation>
    </message>
</context>
<context>
    <name>pin.last</name>
    <message>
        <source>あと 1 回 まちがえると、カードが ロックされます。</source>
        <translation>Si se equivoca una vez más, la tarjeta se bloqueará.</translation>
    </message>
</context>
<context>
    <name>pin.wrong.title</name>
    <message>
        <source>暗証番号が ちがいます</source>
        <translation>El PIN no es correcto</translation>
    </message>
</context>
<context>
    <name>pin.title</name>
    <message>
        <source>暗証番号（数字 4けた）を 入力してください</source>
        <translation>Ingrese su PIN (número de 4 dígitos)</translation>
    </message>
</context>
<context>
    <name>pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>Le quedan {tries} intentos.</translation>
    </message>
</context>
<context>
    <name>pin.verifying</name>
    <message>
        <source>確認しています</source>
        <translation>Verificando</translation>
    </message>
</context>
<context>
    <name>placement.flat</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 上に 置いてください。</source>
        <translation>Ponga la tarjeta sobre el lector, con el lado de la foto hacia arriba.</translation>
    </message>
</context>
<context>
    <name>placement.flat_face_down</name>
    <message>
        <source>顔写真のある面を 下にして、読み取り機の 上に 置いてください。</source>
        <translation>Ponga la tarjeta sobre el lector, con el lado de la foto hacia abajo.</translation>
    </message>
</context>
<context>
    <name>placement.slot</name>
    <message>
        <source>顔写真のある面を 上にして、金色の ICチップの ほうから 差し込んでください。</source>
        <translation>Con el lado de la foto hacia arriba, introduzca la tarjeta por el lado del chip IC dorado.</translation>
    </message>
</context>
<context>
    <name>placement.tray</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 置き台に 置いてください。</source>
        <translation>Ponga la tarjeta en la bandeja del lector, con el lado de la foto hacia arriba.</translation>
    </message>
</context>
<context>
    <name>prescription.electronic</name>
    <message>
        <source>電子処方箋</source>
        <translation>Receta electrónica</translation>
    </message>
</context>
<context>
    <name>prescription.paper</name>
    <message>
        <source>紙の 処方箋</source>
        <translation>Receta en papel</translation>
    </message>
</context>
<context>
    <name>prescription.title</name>
    <message>
        <source>処方箋は どちらに しますか</source>
        <translation>¿Qué tipo de receta desea?</translation>
    </message>
</context>
<context>
    <name>reading.body</name>
    <message>
        <source>カードを 動かさずに、そのまま お待ちください。</source>
        <translation>No mueva la tarjeta. Espere así, por favor.</translation>
    </message>
</context>
<context>
    <name>reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>Leyendo la tarjeta</translation>
    </message>
</context>
<context>
    <name>registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>Enviando su solicitud</translation>
    </message>
</context>
<context>
    <name>registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>Solicitar</translation>
    </message>
</context>
<context>
    <name>registration.body</name>
    <message>
        <source>申し込むと、この カードが 健康保険証として 使えるように なります。</source>
        <translation>Si lo solicita, podrá usar esta tarjeta como tarjeta del seguro de salud.</translation>
    </message>
</context>
<context>
    <name>registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>No solicitar</translation>
    </message>
</context>
<context>
    <name>registration.title</name>
    <message>
        <source>マイナンバーカードを 保険証として 使う 申し込みを しますか</source>
        <translation>¿Desea solicitar el uso de su tarjeta My Number como tarjeta del seguro de salud?</translation>
    </message>
</context>
<context>
    <name>staff.body</name>
    <message>
        <source>カードの 写真と ご本人を 見比べてください。</source>
        <translation>Compare la foto de la tarjeta con la persona.</translation>
    </message>
</context>
<context>
    <name>staff.called</name>
    <message>
        <source>係員を 呼びました。そのまま お待ちください。</source>
        <translation>Hemos llamado al personal. Espere aquí, por favor.</translation>
    </message>
</context>
<context>
    <name>staff.confirm</name>
    <message>
        <source>ご本人です</source>
        <translation>Es la misma persona</translation>
    </message>
</context>
<context>
    <name>staff.pin_refused</name>
    <message>
        <source>係員用の 暗証番号が ちがいます。</source>
        <translation>El PIN del personal no es correcto.</translation>
    </message>
</context>
<context>
    <name>staff.reject</name>
    <message>
        <source>確認できない</source>
        <translation>No se puede confirmar</translation>
    </message>
</context>
<context>
    <name>staff.title</name>
    <message>
        <source>係員による 確認</source>
        <translation>Verificación por el personal</translation>
    </message>
</context>
<context>
    <name>step.1</name>
    <message>
        <source>1/4 読み取り</source>
        <translation>1/4 Tarjeta</translation>
    </message>
</context>
<context>
    <name>step.2</name>
    <message>
        <source>2/4 本人確認</source>
        <translation>2/4 Identidad</translation>
    </message>
</context>
<context>
    <name>step.3</name>
    <message>
        <source>3/4 同意の 確認</source>
        <translation>3/4 Consentimiento</translation>
    </message>
</context>
<context>
    <name>step.4</name>
    <message>
        <source>4/4 受付完了</source>
        <translation>4/4 Listo</translation>
    </message>
</context>
<context>
    <name>verified.title</name>
    <message>
        <source>ご本人と 確認できました</source>
        <translation>Su identidad está confirmada</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>このままだと、まもなく 最初の 画面に 戻ります。</source>
        <translation>La pantalla pronto volverá al inicio.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ERROR</name>
    <message>
        <source>申請の 受付が できませんでした。係員に お声がけください。</source>
        <translation>No se pudo recibir su solicitud. Hable con el personal, por favor.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付申請書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>El número de solicitud no parece correcto. Compruebe el número de 23 cifras del formulario y escríbalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_QR_INVALID</name>
    <message>
        <source>交付申請書の QRコードを 読み取れませんでした。もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>No se pudo leer el código QR del formulario. Muéstrelo otra vez o escriba el número de solicitud.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DETAILS_INCOMPLETE</name>
    <message>
        <source>お名前・ご住所・生年月日に 足りないところが あります。係員と いっしょに 確かめてください。</source>
        <translation>Faltan datos en su nombre, dirección o fecha de nacimiento. Revíselos con el personal, por favor.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_EMAIL_INVALID</name>
    <message>
        <source>メールアドレスが 正しくないようです。もう一度 入力するか、メールなしで 進んでください。</source>
        <translation>El correo electrónico no parece correcto. Escríbalo de nuevo o continúe sin correo.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DOCUMENTS_INSUFFICIENT</name>
    <message>
        <source>本人確認書類が 足りません。顔写真つきの 書類 1点か、ほかの 書類 2点を 係員に 見せてください。</source>
        <translation>Faltan documentos de identidad. Muestre al personal un documento con foto o dos documentos de otro tipo.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_PHOTO_CAMERA_MISSING</name>
    <message>
        <source>写真を 撮る カメラが つながっていません。カメラを つないでから、もう一度 撮影してください。</source>
        <translation>La cámara para la foto no está conectada. Conecte la cámara y vuelva a tomar la foto.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECORD_DAMAGED</name>
    <message>
        <source>保存した 申請を 開けませんでした。管理者に 連絡してください。</source>
        <translation>No se pudo abrir una solicitud guardada. Póngase en contacto con el administrador.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_UNKNOWN_SESSION</name>
    <message>
        <source>この 受付の 記録が 見つかりません。管理者に 連絡してください。</source>
        <translation>No se encontró el registro de esta sesión de recepción. Póngase en contacto con el administrador.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_BUNDLE_INVALID</name>
    <message>
        <source>申請の ファイルが 正しくないため、取り込みませんでした。管理者に 連絡してください。</source>
        <translation>El archivo de solicitudes no es válido y no se importó. Póngase en contacto con el administrador.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECEIPT_INVALID</name>
    <message>
        <source>取り込みの 受領ファイルが 正しくないため、申請は 消していません。管理者に 連絡してください。</source>
        <translation>El archivo de recibo de importación no es válido, así que las solicitudes no se borraron. Póngase en contacto con el administrador.</translation>
    </message>
</context>
<context>
    <name>counter.refused.again</name>
    <message>
        <source>もう一度 入力する</source>
        <translation>Introducirlo de nuevo</translation>
    </message>
</context>
<context>
    <name>page.next</name>
    <message>
        <source>つぎへ</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>page.back</name>
    <message>
        <source>もどる</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.title</name>
    <message>
        <source>マイナンバーカードの 申請を お手伝いします</source>
        <translation>Le ayudamos a solicitar su tarjeta My Number</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.body</name>
    <message>
        <source>係員が ご案内します。</source>
        <translation>Un miembro del personal le atenderá.</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.title</name>
    <message>
        <source>交付申請書を お持ちですか</source>
        <translation>¿Tiene su formulario de solicitud?</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.body</name>
    <message>
        <source>お持ちでしたら、係員に お渡しください。なくても 申請できます。</source>
        <translation>Si lo tiene, entrégueselo al personal. También puede solicitarla sin él.</translation>
    </message>
</context>
<context>
    <name>application.resident.details.title</name>
    <message>
        <source>係員が 入力しています</source>
        <translation>El personal está introduciendo sus datos</translation>
    </message>
</context>
<context>
    <name>application.resident.wait</name>
    <message>
        <source>少し お待ちください。</source>
        <translation>Espere un momento, por favor.</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.title</name>
    <message>
        <source>この 内容で 正しいですか</source>
        <translation>¿Son correctos estos datos?</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.yes</name>
    <message>
        <source>はい、正しいです</source>
        <translation>Sí, son correctos</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.no</name>
    <message>
        <source>なおしてほしい</source>
        <translation>Hay que corregirlos</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.title</name>
    <message>
        <source>メールアドレスが あれば、係員に お伝えください</source>
        <translation>Si tiene correo electrónico, dígaselo al personal</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.body</name>
    <message>
        <source>申請の お知らせが メールで 届きます。なくても 申請できます。</source>
        <translation>Recibirá avisos sobre su solicitud por correo. También puede solicitarla sin él.</translation>
    </message>
</context>
<context>
    <name>application.resident.documents.title</name>
    <message>
        <source>本人確認書類を 係員に お見せください</source>
        <translation>Muestre sus documentos de identidad al personal</translation>
    </message>
</context>
<context>
    <name>application.resident.delivery.title</name>
    <message>
        <source>カードの 受け取り方を 係員と 決めてください</source>
        <translation>Decida con el personal cómo recibir su tarjeta</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>Mire a la cámara, por favor</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.body</name>
    <message>
        <source>そろったら 自動で 撮ります。</source>
        <translation>La foto se toma sola cuando todo esté bien.</translation>
    </message>
</context>
<context>
    <name>application.resident.review.title</name>
    <message>
        <source>この 写真で 申請しますか</source>
        <translation>¿Solicitar con esta foto?</translation>
    </message>
</context>
<context>
    <name>application.resident.review.accept</name>
    <message>
        <source>この 写真で 申請する</source>
        <translation>Solicitar con esta foto</translation>
    </message>
</context>
<context>
    <name>application.resident.review.retake</name>
    <message>
        <source>撮りなおす</source>
        <translation>Repetir la foto</translation>
    </message>
</context>
<context>
    <name>application.resident.review.photo</name>
    <message>
        <source>申請に 使う 写真</source>
        <translation>Foto de la solicitud</translation>
    </message>
</context>
<context>
    <name>application.resident.saving.title</name>
    <message>
        <source>申請を 保存しています</source>
        <translation>Guardando su solicitud</translation>
    </message>
</context>
<context>
    <name>application.resident.save_failed.title</name>
    <message>
        <source>係員が 確認しています</source>
        <translation>El personal lo está comprobando</translation>
    </message>
</context>
<context>
    <name>application.resident.done.title</name>
    <message>
        <source>申請を 受け付けました</source>
        <translation>Hemos recibido su solicitud</translation>
    </message>
</context>
<context>
    <name>application.resident.done.body</name>
    <message>
        <source>ありがとうございました。</source>
        <translation>Muchas gracias.</translation>
    </message>
</context>
<context>
    <name>application.photo.ok</name>
    <message>
        <source>この 写真で 申請できます</source>
        <translation>Esta foto sirve para la solicitud</translation>
    </message>
</context>
<context>
    <name>application.photo.no_face</name>
    <message>
        <source>お顔が 写っていません。カメラの ほうを 向いてください</source>
        <translation>No se ve su cara. Mire hacia la cámara</translation>
    </message>
</context>
<context>
    <name>application.photo.multiple_people</name>
    <message>
        <source>お一人だけで 写ってください</source>
        <translation>Solo una persona en la foto, por favor</translation>
    </message>
</context>
<context>
    <name>application.photo.too_large</name>
    <message>
        <source>もう少し カメラから 離れてください</source>
        <translation>Aléjese un poco de la cámara</translation>
    </message>
</context>
<context>
    <name>application.photo.too_small</name>
    <message>
        <source>もう少し カメラに 近づいてください</source>
        <translation>Acérquese un poco a la cámara</translation>
    </message>
</context>
<context>
    <name>application.photo.off_centre</name>
    <message>
        <source>お顔を 枠の まんなかに 合わせてください</source>
        <translation>Ponga la cara en el centro del marco</translation>
    </message>
</context>
<context>
    <name>application.photo.head_cut_off</name>
    <message>
        <source>頭の 上まで 写るように してください。帽子は 取ってください</source>
        <translation>Debe verse toda la cabeza. Quítese el sombrero o la gorra</translation>
    </message>
</context>
<context>
    <name>application.photo.not_frontal</name>
    <message>
        <source>顔を まっすぐ 正面に 向けて、首を かたむけないでください</source>
        <translation>Mire de frente y no incline la cabeza</translation>
    </message>
</context>
<context>
    <name>application.photo.eyes_closed</name>
    <message>
        <source>目を 開けて カメラを 見てください</source>
        <translation>Abra los ojos y mire a la cámara</translation>
    </message>
</context>
<context>
    <name>application.photo.too_dark</name>
    <message>
        <source>暗すぎます。明るい ところで 撮りましょう</source>
        <translation>Está demasiado oscuro. Hagamos la foto en un lugar con más luz</translation>
    </message>
</context>
<context>
    <name>application.photo.too_bright</name>
    <message>
        <source>明るすぎます。光が 直接 当たらない ところで 撮りましょう</source>
        <translation>Hay demasiada luz. Hagamos la foto sin luz directa</translation>
    </message>
</context>
<context>
    <name>application.photo.uneven_light</name>
    <message>
        <source>お顔に 影が あります。光が 顔全体に 当たるように してください</source>
        <translation>Hay una sombra en su cara. Busque luz en toda la cara</translation>
    </message>
</context>
<context>
    <name>application.photo.blurry</name>
    <message>
        <source>写真が ぼやけています。動かずに そのまま お待ちください</source>
        <translation>La foto sale borrosa. Quédese quieto y espere</translation>
    </message>
</context>
<context>
    <name>application.photo.busy_background</name>
    <message>
        <source>うしろに 模様や 物が 写っています。無地の 壁の 前に 立ってください</source>
        <translation>Hay dibujos u objetos detrás. Póngase delante de una pared lisa</translation>
    </message>
</context>
</TS>
