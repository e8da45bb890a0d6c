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
        <source>すべて 見せてよい（まとめて 同意）</source>
        <translation>Permitir todo de una vez</translation>
    </message>
</context>
<context>
    <name>consent.body.checkup</name>
    <message>
        <source>特定健診（40歳以上の 健康診断）の 結果です。</source>
        <translation>Los resultados del chequeo médico específico (para personas de 40 años o más).</translation>
    </message>
</context>
<context>
    <name>consent.body.limit</name>
    <message>
        <source>医療費の 支払いが 高くなりすぎないように するための 情報です。</source>
        <translation>Es información para que sus pagos por atención médica no sean demasiado altos.</translation>
    </message>
</context>
<context>
    <name>consent.body.medication</name>
    <message>
        <source>これまでの お薬や 受診の 記録です。よりよい 診療に 使われます。</source>
        <translation>Es el registro de sus medicamentos y consultas anteriores. Sirve para atenderle mejor.</translation>
    </message>
</context>
<context>
    <name>consent.body.surgery</name>
    <message>
        <source>これまでの 手術の 記録です。</source>
        <translation>Es el registro de sus operaciones anteriores.</translation>
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
    <name>consent.title.checkup</name>
    <message>
        <source>特定健診の 結果を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>¿Pueden médicos, farmacéuticos y otros ver los resultados de su chequeo médico?</translation>
    </message>
</context>
<context>
    <name>consent.title.limit</name>
    <message>
        <source>限度額の 情報を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>¿Pueden médicos, farmacéuticos y otros ver su límite de gastos médicos?</translation>
    </message>
</context>
<context>
    <name>consent.title.medication</name>
    <message>
        <source>これまでの お薬と 受診の 情報を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>¿Pueden médicos, farmacéuticos y otros ver sus medicamentos y consultas?</translation>
    </message>
</context>
<context>
    <name>consent.title.surgery</name>
    <message>
        <source>これまでの 手術の 情報を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>¿Pueden médicos, farmacéuticos y otros ver sus operaciones anteriores?</translation>
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
    <name>counter.pin.first.auth</name>
    <message>
        <source>利用者証明用 電子証明書の 暗証番号を 決めて 入力してください</source>
        <translation>Elija e ingrese el PIN del certificado de autenticación de usuario</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号を 決めて 入力してください</source>
        <translation>Elija e ingrese el PIN del Registro Básico de Residentes</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号を 決めて 入力してください</source>
        <translation>Elija e ingrese el PIN de apoyo para la entrada de datos de la tarjeta</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.sign</name>
    <message>
        <source>署名用 電子証明書の パスワードを 決めて 入力してください</source>
        <translation>Elija e ingrese la contraseña del certificado de firma</translation>
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
    <name>counter.registration.title</name>
    <message>
        <source>マイナンバーカードを 保険証として 使う 申し込みを しますか</source>
        <translation>¿Desea solicitar el uso de su tarjeta My Number como tarjeta del seguro de salud?</translation>
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
        <source>カードを お取りください。</source>
        <translation>Por favor, retire su tarjeta.</translation>
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
    <name>done.title</name>
    <message>
        <source>受付が 終わりました</source>
        <translation>Su registro terminó</translation>
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
        <source>暗証番号で 確認するか、係員を お呼びください。</source>
        <translation>Verifique con su PIN, o llame al personal.</translation>
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
    <name>method.body_pin_only</name>
    <message>
        <source>暗証番号（数字 4けた）で 確認します。</source>
        <translation>Se verificará con el PIN (número de 4 dígitos).</translation>
    </message>
</context>
<context>
    <name>method.body_staff_only</name>
    <message>
        <source>係員が 確認します。係員を お呼びください。</source>
        <translation>El personal hará la verificación. Por favor, llame al personal.</translation>
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
    <name>pin.last</name>
    <message>
        <source>あと 1 回 入力できます。まちがえると、カードが ロックされます。</source>
        <translation>Le queda un intento. Si se equivoca, la tarjeta se bloqueará.</translation>
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
    <name>pin.wrong</name>
    <message>
        <source>暗証番号が ちがいます。あと {tries} 回 入力できます。</source>
        <translation>El PIN no es correcto. Le quedan {tries} intentos.</translation>
    </message>
</context>
<context>
    <name>pin.wrong_last</name>
    <message>
        <source>暗証番号が ちがいます。あと 1 回 まちがえると、カードが ロックされます。</source>
        <translation>El PIN no es correcto. Si se equivoca una vez más, la tarjeta se bloqueará.</translation>
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
    <name>warning</name>
    <message>
        <source>このままだと、まもなく 最初の 画面に 戻ります。</source>
        <translation>La pantalla pronto volverá al inicio.</translation>
    </message>
</context>
</TS>
