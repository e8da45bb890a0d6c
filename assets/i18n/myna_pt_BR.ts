<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="ja">
<context>
    <name>CAMERA_ERROR</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>A câmera não pode ser usada. Mude para o PIN ou para a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>CAMERA_LOST</name>
    <message>
        <source>カメラが 止まりました。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>A câmera parou. Mude para o PIN ou para a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>CAMERA_UNAVAILABLE</name>
    <message>
        <source>カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>A câmera não pode ser usada. Mude para o PIN ou para a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>CARD_ABSENT</name>
    <message>
        <source>カードが 見つかりません。カードを 読み取り機に 置いてください。</source>
        <translation>O cartão não foi encontrado. Coloque o cartão no leitor de cartão.</translation>
    </message>
</context>
<context>
    <name>CARD_BAD_RESPONSE</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。直らないときは 係員をお呼びください。</source>
        <translation>Não foi possível ler o cartão corretamente. Retire o cartão e coloque-o de novo. Se o problema continuar, chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>CARD_CERT_EXPIRED</name>
    <message>
        <source>カードの 電子証明書の 有効期限が 切れています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>O certificado eletrônico do cartão está vencido. Fale com a recepção. A renovação pode ser feita na prefeitura da sua cidade.</translation>
    </message>
</context>
<context>
    <name>CARD_ERROR</name>
    <message>
        <source>カードを 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>Não foi possível ler o cartão. Retire o cartão e coloque-o de novo.</translation>
    </message>
</context>
<context>
    <name>CARD_NOT_MYNUMBER</name>
    <message>
        <source>マイナンバーカードでは ないようです。マイナンバーカードを 置いてください。</source>
        <translation>Este cartão não parece ser um My Number Card. Coloque o seu My Number Card.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_BLOCKED</name>
    <message>
        <source>暗証番号が ロックされています。顔認証か、係員による確認に 切り替えられます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>O PIN está bloqueado. Você pode mudar para o reconhecimento facial ou para a verificação por um funcionário. A redefinição do PIN pode ser feita na prefeitura da sua cidade.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>O PIN é um número de 4 dígitos. Digite de novo.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_NOT_SET</name>
    <message>
        <source>このカードは 暗証番号を 使いません。顔認証か、係員による確認を 選んでください。</source>
        <translation>Este cartão não usa PIN. Escolha o reconhecimento facial ou a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>CARD_PIN_WRONG</name>
    <message>
        <source>暗証番号が ちがいます。あと {tries} 回 まちがえると、カードが ロックされます。</source>
        <translation>O PIN está incorreto. Tentativas restantes: {tries}. Se você errar todas, o cartão será bloqueado.</translation>
    </message>
</context>
<context>
    <name>CARD_REMOVED</name>
    <message>
        <source>カードが はずれました。カードを もう一度 置いてください。</source>
        <translation>O cartão saiu do leitor. Coloque o cartão de novo.</translation>
    </message>
</context>
<context>
    <name>CARD_SECURITY_STATUS</name>
    <message>
        <source>確認が まだ 終わっていません。最初から やり直してください。</source>
        <translation>A verificação ainda não terminou. Comece de novo desde o início.</translation>
    </message>
</context>
<context>
    <name>CARD_SIGNATURE_INVALID</name>
    <message>
        <source>カードを 確認できませんでした。係員をお呼びください。</source>
        <translation>Não foi possível verificar o cartão. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>CARD_UNEXPECTED_STATUS</name>
    <message>
        <source>カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。</source>
        <translation>Não foi possível ler o cartão corretamente. Retire o cartão e coloque-o de novo.</translation>
    </message>
</context>
<context>
    <name>CONFIG_INVALID</name>
    <message>
        <source>この端末の 設定に 誤りが あります。係員をお呼びください。</source>
        <translation>Há um erro nas configurações deste terminal. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_HANDED_OVER</name>
    <message>
        <source>このカードは すでに お渡し済みです。係員が 記録を 確認します。</source>
        <translation>Este cartão já foi entregue. O funcionário vai verificar o registro.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ALREADY_IN_PROGRESS</name>
    <message>
        <source>この申請は いま {desk} で 手続き中です。その窓口に 確認してください。</source>
        <translation>Esta solicitação está sendo atendida agora no guichê {desk}. Confirme com esse guichê.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_CLOSED</name>
    <message>
        <source>このカードは 返納されているため、お渡しできません。係員が ご案内します。</source>
        <translation>Este cartão foi devolvido e por isso não pode ser entregue. O funcionário vai orientar você.</translation>
    </message>
</context>
<context>
    <name>COUNTER_APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付通知書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>O ID da solicitação parece estar incorreto. Confira o número de 23 dígitos no aviso de retirada do cartão e digite de novo.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CANCELLED</name>
    <message>
        <source>手続きを 中止しました。係員が ご案内します。</source>
        <translation>O procedimento foi cancelado. O funcionário vai orientar você.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_MISMATCH</name>
    <message>
        <source>このカードは この申請の カードでは ありません。係員が カードを 確認します。</source>
        <translation>Este cartão não é o cartão desta solicitação. O funcionário vai verificar o cartão.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CARD_SWAPPED</name>
    <message>
        <source>読み取り機の カードが 手続き中の カードと ちがいます。係員が 確認します。</source>
        <translation>O cartão no leitor não é o cartão deste procedimento. Um funcionário vai verificar.</translation>
    </message>
</context>
<context>
    <name>COUNTER_CLAIM_CLOSED</name>
    <message>
        <source>この手続きは 終わっています。申請書IDの 読み取りから やり直してください。</source>
        <translation>Este procedimento já terminou. Comece de novo pela leitura do ID da solicitação.</translation>
    </message>
</context>
<context>
    <name>COUNTER_ERROR</name>
    <message>
        <source>窓口の 手続きが できませんでした。係員に お声がけください。</source>
        <translation>Não foi possível fazer o procedimento no guichê. Fale com um funcionário.</translation>
    </message>
</context>
<context>
    <name>COUNTER_FACE_CARD_NO_PINS</name>
    <message>
        <source>顔認証マイナンバーカードには 暗証番号を 設定しません。次へ 進んでください。</source>
        <translation>O My Number Card só com reconhecimento facial não tem PIN. Siga para o próximo passo.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_NOT_CONFIRMED</name>
    <message>
        <source>ご本人の 確認が まだ 済んでいません。本人確認を してから 進んでください。</source>
        <translation>A sua identidade ainda não foi confirmada. Confirme a identidade antes de continuar.</translation>
    </message>
</context>
<context>
    <name>COUNTER_IDENTITY_REFUSED</name>
    <message>
        <source>ご本人の 確認が できませんでした。係員が ご案内します。</source>
        <translation>Não foi possível confirmar a sua identidade. O funcionário vai orientar você.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_FAILED</name>
    <message>
        <source>職員IDか パスワードが ちがいます。もう一度 入力してください。</source>
        <translation>O ID de funcionário ou a senha está incorreto. Digite de novo.</translation>
    </message>
</context>
<context>
    <name>COUNTER_LOGIN_LOCKED</name>
    <message>
        <source>パスワードを 続けて まちがえたため、{until} まで ログインできません。お待ちいただくか、管理者に パスワードの 再設定を 頼んでください。</source>
        <translation>A senha foi digitada errada várias vezes seguidas. Não é possível entrar até {until}. Aguarde ou peça ao administrador para redefinir a senha.</translation>
    </message>
</context>
<context>
    <name>COUNTER_NOT_READY</name>
    <message>
        <source>カードは まだ できあがっていません。交付通知書が 届いてから、もう一度 お越しください。</source>
        <translation>O cartão ainda não está pronto. Volte depois de receber o aviso de retirada do cartão.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PDF_FAILED</name>
    <message>
        <source>受領書と 控えを 保存できませんでした。係員をお呼びください。</source>
        <translation>Não foi possível salvar o recibo e a cópia. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PINS_NOT_SET</name>
    <message>
        <source>設定されていない 暗証番号が あります。係員が もう一度 設定の 手続きを します。</source>
        <translation>Há um PIN que não foi definido. Um funcionário vai refazer a definição.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_CONFIRM_MISMATCH</name>
    <message>
        <source>1回目と 2回目の 入力が ちがいました。同じ 番号を もう一度 2回 入力してください。</source>
        <translation>O primeiro e o segundo número digitados são diferentes. Digite de novo o mesmo número duas vezes.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_FORMAT</name>
    <message>
        <source>暗証番号は 数字 4けたです。もう一度 入力してください。</source>
        <translation>O PIN é um número de 4 dígitos. Digite de novo.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_MISSING</name>
    <message>
        <source>まだ 決めていない 暗証番号が あります。画面の 案内に そって 入力してください。</source>
        <translation>Ainda falta definir um PIN. Digite seguindo as instruções na tela.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PIN_RULE</name>
    <message>
        <source>この暗証番号は 使えません。画面の 説明を 見て、もう一度 入力してください。</source>
        <translation>Este PIN não pode ser usado. Leia a explicação na tela e digite de novo.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINTER_MISSING</name>
    <message>
        <source>プリンターが 見つかりません。受領書と 控えは PDFで 保存しました。</source>
        <translation>A impressora não foi encontrada. O recibo e a cópia foram salvos em PDF.</translation>
    </message>
</context>
<context>
    <name>COUNTER_PRINT_FAILED</name>
    <message>
        <source>印刷が できませんでした。受領書と 控えは PDFで 保存しました。</source>
        <translation>Não foi possível imprimir. O recibo e a cópia foram salvos em PDF.</translation>
    </message>
</context>
<context>
    <name>COUNTER_QR_INVALID</name>
    <message>
        <source>交付通知書の QRコードを 読み取れませんでした。はがきの QRコードを もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>Não foi possível ler o código QR do aviso de retirada. Mostre de novo o código QR do cartão-postal ao leitor ou digite o ID da solicitação.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_PASSWORD_FORMAT</name>
    <message>
        <source>署名用の パスワードは、英字の 大文字と 数字を どちらも 入れて、6文字から 16文字で 決めてください。もう一度 入力してください。</source>
        <translation>A senha do certificado de assinatura deve ter de 6 a 16 caracteres. Use letras maiúsculas e números, com pelo menos um de cada. Digite de novo.</translation>
    </message>
</context>
<context>
    <name>COUNTER_SIGN_UNDER_15</name>
    <message>
        <source>15歳未満の 方は、署名用の パスワードを 設定しません。次へ 進んでください。</source>
        <translation>Para menores de 15 anos, não se define a senha do certificado de assinatura. Siga para o próximo passo.</translation>
    </message>
</context>
<context>
    <name>COUNTER_STAFF_INACTIVE</name>
    <message>
        <source>この 職員IDは 使えません。管理者に 確認してください。</source>
        <translation>Este ID de funcionário não pode ser usado. Confirme com o administrador.</translation>
    </message>
</context>
<context>
    <name>COUNTER_UNKNOWN_APPLICATION</name>
    <message>
        <source>この 申請は 見つかりませんでした。係員が 交付通知書を 確認します。</source>
        <translation>Esta solicitação não foi encontrada. O funcionário vai verificar o aviso de retirada do cartão.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_BAD_ANSWER</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>Não foi possível confirmar a sua cobertura do seguro de saúde. Fale com a recepção.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_CERT_REVOKED</name>
    <message>
        <source>カードの 電子証明書が 使えなくなっています。受付に お声がけください。更新は お住まいの 市区町村の 窓口で できます。</source>
        <translation>O certificado eletrônico do cartão não pode mais ser usado. Fale com a recepção. A renovação pode ser feita na prefeitura da sua cidade.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_ERROR</name>
    <message>
        <source>保険の 資格を 確認できませんでした。受付に お声がけください。</source>
        <translation>Não foi possível confirmar a sua cobertura do seguro de saúde. Fale com a recepção.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_JPKI_MAINTENANCE</name>
    <message>
        <source>いま 点検中のため、この手続きは できません。受付に お声がけください。</source>
        <translation>O sistema está em manutenção agora, por isso este procedimento não pode ser feito. Fale com a recepção.</translation>
    </message>
</context>
<context>
    <name>ELIGIBILITY_UNAVAILABLE</name>
    <message>
        <source>いま 保険の 資格を 確認できません。受付に お声がけください。「資格情報のお知らせ」か 資格確認書が あれば、受付に お出しください。</source>
        <translation>No momento, não é possível confirmar a sua cobertura do seguro de saúde. Fale com a recepção. Se você tiver o aviso com as informações do seu seguro ou o certificado de elegibilidade (shikaku kakuninsho), entregue-o na recepção.</translation>
    </message>
</context>
<context>
    <name>FACE_ATTEMPTS_EXHAUSTED</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>Não foi possível fazer o reconhecimento facial. Mude para o PIN ou para a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>FACE_CARD_PHOTO_UNUSABLE</name>
    <message>
        <source>カードの 写真では 顔認証が できません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>A foto do cartão não serve para o reconhecimento facial. Escolha o PIN ou a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>FACE_ENGINE_UNAVAILABLE</name>
    <message>
        <source>顔認証が いま 使えません。暗証番号か、係員による確認を 選んでください。</source>
        <translation>O reconhecimento facial não está disponível agora. Escolha o PIN ou a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>FACE_ERROR</name>
    <message>
        <source>顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。</source>
        <translation>Não foi possível fazer o reconhecimento facial. Mude para o PIN ou para a verificação por um funcionário.</translation>
    </message>
</context>
<context>
    <name>FACE_NOT_FOUND</name>
    <message>
        <source>写真に お顔が 見つかりませんでした。係員をお呼びください。</source>
        <translation>Nenhum rosto foi encontrado na foto. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>HANDOFF_FAILED</name>
    <message>
        <source>受付の 手続きは 終わりましたが、受付の システムへの 連絡が できませんでした。カードを お取りになり、受付に お声がけください。</source>
        <translation>O check-in terminou, mas não foi possível enviar os dados ao sistema da recepção. Retire o seu cartão e fale com a recepção.</translation>
    </message>
</context>
<context>
    <name>IMAGE_INVALID</name>
    <message>
        <source>写真を 読み取れませんでした。係員をお呼びください。</source>
        <translation>Não foi possível ler a foto. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_ERROR</name>
    <message>
        <source>カードに 暗証番号を 設定できませんでした。係員に お声がけください。</source>
        <translation>Não foi possível definir o PIN no cartão. Fale com um funcionário.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_INCOMPLETE</name>
    <message>
        <source>暗証番号の 設定が 途中で 止まりました。設定できたもの：{set}。まだのもの：{missing}。係員が カードを 読み取り機に もう一度 置くと、続きから 設定します。</source>
        <translation>A definição dos PINs parou no meio. Já definidos: {set}. Ainda faltam: {missing}. Quando o funcionário colocar o cartão no leitor de novo, a definição continuará de onde parou.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_NEEDS_JLIS</name>
    <message>
        <source>この端末では カードに 暗証番号を 設定できません。係員が 専用の 端末で 設定します。</source>
        <translation>Este terminal não pode definir o PIN no cartão. O funcionário vai fazer isso em um terminal especial.</translation>
    </message>
</context>
<context>
    <name>ISSUANCE_PIN_REFUSED</name>
    <message>
        <source>このカードには この暗証番号を 設定できません。係員が 確認します。</source>
        <translation>Não é possível definir este PIN neste cartão. O funcionário vai verificar.</translation>
    </message>
</context>
<context>
    <name>KIOSK_ERROR</name>
    <message>
        <source>うまく いきませんでした。係員をお呼びください。</source>
        <translation>Algo deu errado. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_BIRTH_DATE</name>
    <message>
        <source>誕生日から わかる 番号は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Um número baseado na data de nascimento pode ser adivinhado facilmente por outras pessoas. Mesmo assim, você pode definir este número.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_COMMON</name>
    <message>
        <source>よく 使われる 番号で、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Este é um número muito usado e pode ser adivinhado facilmente por outras pessoas. Mesmo assim, você pode definir este número.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_REPEATED</name>
    <message>
        <source>同じ 数字の くり返しは、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Um número com o mesmo dígito repetido pode ser adivinhado facilmente por outras pessoas. Mesmo assim, você pode definir este número.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_SEQUENCE</name>
    <message>
        <source>順番に 並んだ 数字は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>Um número com dígitos em sequência pode ser adivinhado facilmente por outras pessoas. Mesmo assim, você pode definir este número.</translation>
    </message>
</context>
<context>
    <name>PIN_WARN_YEAR</name>
    <message>
        <source>生まれた年や 今年の 年は、ほかの人に 当てられやすい 番号です。このままでも 設定できます。</source>
        <translation>O ano de nascimento ou o ano atual pode ser adivinhado facilmente por outras pessoas. Mesmo assim, você pode definir este número.</translation>
    </message>
</context>
<context>
    <name>READER_BUSY</name>
    <message>
        <source>カード読み取り機が ほかで 使われています。少し 待ってから、もう一度 お試しください。</source>
        <translation>O leitor de cartão está ocupado. Aguarde um pouco e tente de novo.</translation>
    </message>
</context>
<context>
    <name>READER_UNAVAILABLE</name>
    <message>
        <source>カード読み取り機が 使えません。係員をお呼びください。</source>
        <translation>O leitor de cartão não pode ser usado. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>REGISTRATION_NEEDS_FACE</name>
    <message>
        <source>このカードは 暗証番号が ないため、ここでは 申し込めません。病院や 薬局の 顔認証付きカードリーダーで 申し込めます。</source>
        <translation>Este cartão não tem PIN, por isso não é possível solicitar aqui. Você pode solicitar em um leitor com reconhecimento facial de um hospital ou farmácia.</translation>
    </message>
</context>
<context>
    <name>SECRET_STORE_UNAVAILABLE</name>
    <message>
        <source>いま この受付機が 使えません。係員をお呼びください。</source>
        <translation>Este terminal de check-in não pode ser usado agora. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>STAFF_REJECTED</name>
    <message>
        <source>ご本人の 確認が できませんでした。受付に お声がけください。</source>
        <translation>Não foi possível confirmar a sua identidade. Fale com a recepção.</translation>
    </message>
</context>
<context>
    <name>STORE_ERROR</name>
    <message>
        <source>受付の 記録が できませんでした。係員をお呼びください。</source>
        <translation>Não foi possível registrar o seu check-in. Chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>STORE_UNAVAILABLE</name>
    <message>
        <source>いま 受付の 記録が できません。少し 待ってから、もう一度 お試しください。直らないときは 係員をお呼びください。</source>
        <translation>No momento, não é possível registrar o check-in. Aguarde um pouco e tente de novo. Se o problema continuar, chame um funcionário.</translation>
    </message>
</context>
<context>
    <name>TIMEOUT</name>
    <message>
        <source>時間が たちましたので、最初に 戻ります。カードを お取りください。</source>
        <translation>O tempo acabou. A tela vai voltar ao início. Retire o seu cartão.</translation>
    </message>
</context>
<context>
    <name>VOICE_SYNTHESIS_FAILED</name>
    <message>
        <source>音声の 案内が 出せません。画面の 文字を ご覧ください。</source>
        <translation>Não é possível dar as instruções por voz. Leia o texto na tela.</translation>
    </message>
</context>
<context>
    <name>access.contrast.off</name>
    <message>
        <source>ふつうの 色に もどす</source>
        <translation>Voltar às cores normais</translation>
    </message>
</context>
<context>
    <name>access.contrast.on</name>
    <message>
        <source>見やすい 色に する</source>
        <translation>Cores mais visíveis</translation>
    </message>
</context>
<context>
    <name>access.furigana.off</name>
    <message>
        <source>ふりがなを 消す</source>
        <translation>Ocultar furigana</translation>
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
        <translation>Escolher outro idioma</translation>
    </message>
</context>
<context>
    <name>access.replay</name>
    <message>
        <source>もう一度 聞く</source>
        <translation>Ouvir de novo</translation>
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
        <translation>Letra: muito grande</translation>
    </message>
</context>
<context>
    <name>back</name>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>blocked.body</name>
    <message>
        <source>顔認証か、係員による 確認で 受付できます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。</source>
        <translation>Você pode fazer o check-in com reconhecimento facial ou com a verificação por um funcionário. A redefinição do PIN pode ser feita na prefeitura da sua cidade.</translation>
    </message>
</context>
<context>
    <name>blocked.title</name>
    <message>
        <source>暗証番号が ロックされています</source>
        <translation>O PIN está bloqueado</translation>
    </message>
</context>
<context>
    <name>cancelled.body</name>
    <message>
        <source>受付は 完了していません。カードを お取りください。</source>
        <translation>Sua recepção não foi concluída. Retire o seu cartão.</translation>
    </message>
</context>
<context>
    <name>cancelled.title</name>
    <message>
        <source>受付を やめました</source>
        <translation>Você cancelou a recepção</translation>
    </message>
</context>
<context>
    <name>checking.body</name>
    <message>
        <source>保険の 資格を 確認しています。そのまま お待ちください。</source>
        <translation>Verificando o seu seguro. Aguarde, por favor.</translation>
    </message>
</context>
<context>
    <name>checking.title</name>
    <message>
        <source>保険の 資格を 確認しています</source>
        <translation>Verificando a sua cobertura do seguro de saúde</translation>
    </message>
</context>
<context>
    <name>consent.agree</name>
    <message>
        <source>同意する</source>
        <translation>Concordo</translation>
    </message>
</context>
<context>
    <name>consent.all</name>
    <message>
        <source>まとめて 同意する</source>
        <translation>Concordar com tudo</translation>
    </message>
</context>
<context>
    <name>consent.body.checkup_2021</name>
    <message>
        <source>メタボ健診（40～74歳）や 高齢者健診（75歳以上）の 結果を 提供します。</source>
        <translation>São fornecidos resultados de check-ups metabólicos (40–74 anos) e de maiores de 75 anos.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-checkup</name>
    <message>
        <source>まとめて 同意すると、手術以外の 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Concordar com tudo: são fornecidos seus atendimentos e medicamentos anteriores (sem cirurgias) e check-ups.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報を 提供します。</source>
        <translation>Concordar com tudo: são fornecidos seus atendimentos e medicamentos anteriores, com cirurgias.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.medication-surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術を 含む 診療・お薬情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Concordar com tudo: são fornecidos atendimentos e medicamentos anteriores, com cirurgias, e check-ups.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.surgery-checkup</name>
    <message>
        <source>まとめて 同意すると、手術の 情報と 健康情報（特定健診）を 提供します。</source>
        <translation>Concordar com tudo: são fornecidas suas cirurgias anteriores e seus check-ups de saúde.</translation>
    </message>
</context>
<context>
    <name>consent.bundle.title</name>
    <message>
        <source>医師・薬剤師に 提供する 情報を 選んでください</source>
        <translation>Escolha as informações a fornecer a médicos e farmacêuticos</translation>
    </message>
</context>
<context>
    <name>consent.decline</name>
    <message>
        <source>同意しない</source>
        <translation>Não concordo</translation>
    </message>
</context>
<context>
    <name>consent.decline.checkup_2021</name>
    <message>
        <source>同意しない・40歳未満</source>
        <translation>Não / menos de 40</translation>
    </message>
</context>
<context>
    <name>consent.each</name>
    <message>
        <source>1つずつ 選ぶ</source>
        <translation>Escolher um por um</translation>
    </message>
</context>
<context>
    <name>consent.purpose</name>
    <message>
        <source>この 情報は あなたの 診療や 健康管理の ために 使用します。</source>
        <translation>É usada para o seu atendimento médico e a sua saúde.</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup</name>
    <message>
        <source>（40歳以上 対象）過去の 健康情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>(Maiores de 40 anos) Aceita fornecer a esta instituição suas informações de check-ups anteriores?</translation>
    </message>
</context>
<context>
    <name>consent.title.checkup_2021</name>
    <message>
        <source>40歳以上 対象 特定健診情報の 提供に ついて</source>
        <translation>Para maiores de 40 anos: fornecer as informações do seu check-up de saúde específico</translation>
    </message>
</context>
<context>
    <name>consent.title.medication</name>
    <message>
        <source>過去の 手術以外の 診療・お薬情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>Aceita dar a esta instituição seus dados de atendimento e remédios anteriores (sem cirurgias)?</translation>
    </message>
</context>
<context>
    <name>consent.title.surgery</name>
    <message>
        <source>過去の 手術の 情報を 当機関に 提供する ことに 同意しますか</source>
        <translation>Você concorda em fornecer a esta instituição suas informações de cirurgias anteriores?</translation>
    </message>
</context>
<context>
    <name>counter.choice.already_set</name>
    <message>
        <source>この カードには すでに 設定された 暗証番号が あります。その 暗証番号は 変わりません。</source>
        <translation>Este cartão já tem PINs definidos. Esses PINs continuam como estão.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body</name>
    <message>
        <source>顔認証マイナンバーカードは 暗証番号が ありません。コンビニや マイナポータルでは 使えません。</source>
        <translation>O My Number Card só com reconhecimento facial não tem PIN. Ele não pode ser usado em lojas de conveniência nem no Mynaportal.</translation>
    </message>
</context>
<context>
    <name>counter.choice.body_face_card</name>
    <message>
        <source>顔認証マイナンバーカードを 選ばれています。</source>
        <translation>Você escolheu o My Number Card só com reconhecimento facial.</translation>
    </message>
</context>
<context>
    <name>counter.choice.face_card</name>
    <message>
        <source>顔認証マイナンバーカードにする（暗証番号なし）</source>
        <translation>Só reconhecimento facial (sem PIN)</translation>
    </message>
</context>
<context>
    <name>counter.choice.pins</name>
    <message>
        <source>暗証番号を 設定する</source>
        <translation>Definir os PINs</translation>
    </message>
</context>
<context>
    <name>counter.choice.title</name>
    <message>
        <source>カードの 使い方を 選んでください</source>
        <translation>Escolha como usar o cartão</translation>
    </message>
</context>
<context>
    <name>counter.done.body</name>
    <message>
        <source>係員から カードと 控えを お受け取りください。</source>
        <translation>Receba do funcionário o seu cartão e a sua cópia.</translation>
    </message>
</context>
<context>
    <name>counter.done.title</name>
    <message>
        <source>手続きが 終わりました</source>
        <translation>O procedimento terminou</translation>
    </message>
</context>
<context>
    <name>counter.jlis.body</name>
    <message>
        <source>暗証番号は、係員が ご案内する 専用の 端末で 設定します。</source>
        <translation>Os PINs são definidos em outro terminal. Um funcionário vai orientar você.</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.auth</name>
    <message>
        <source>利用者証明用の 暗証番号を 決めてください</source>
        <translation>Escolha o PIN de autenticação do usuário</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号を 決めてください</source>
        <translation>Escolha o PIN do Registro Básico de Residentes</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号を 決めてください</source>
        <translation>Escolha o PIN de apoio à entrada de informações do cartão</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.sign</name>
    <message>
        <source>署名用の パスワードを 決めてください</source>
        <translation>Escolha a senha de assinatura</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.auth</name>
    <message>
        <source>利用者証明用 電子証明書の 暗証番号（数字 4けた）</source>
        <translation>PIN do certificado de autenticação do usuário (4 dígitos)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号（数字 4けた）</source>
        <translation>PIN do Registro Básico de Residentes (4 dígitos)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号（数字 4けた）</source>
        <translation>PIN de apoio à entrada de informações do cartão (4 dígitos)</translation>
    </message>
</context>
<context>
    <name>counter.pin.label.sign</name>
    <message>
        <source>署名用 電子証明書の パスワード（英字の大文字と数字 6〜16文字）</source>
        <translation>Senha do certificado de assinatura (letras maiúsculas e números, de 6 a 16 caracteres)</translation>
    </message>
</context>
<context>
    <name>counter.pin.private</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>Outras pessoas não podem ver a tela. O número não aparece na tela.</translation>
    </message>
</context>
<context>
    <name>counter.pin.second</name>
    <message>
        <source>確認のため、もう一度 入力してください</source>
        <translation>Para confirmar, digite mais uma vez</translation>
    </message>
</context>
<context>
    <name>counter.registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>Cadastrar</translation>
    </message>
</context>
<context>
    <name>counter.registration.body</name>
    <message>
        <source>申し込むと、病院や 薬局で この カードが 保険証として 使えます。</source>
        <translation>Com o cadastro, você poderá usar este cartão como cartão do seguro de saúde em hospitais e farmácias.</translation>
    </message>
</context>
<context>
    <name>counter.registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>Não cadastrar</translation>
    </message>
</context>
<context>
    <name>counter.registration.pin_note</name>
    <message>
        <source>申し込みには 利用者証明用の 暗証番号（数字 4けた）を 使います。</source>
        <translation>Para solicitar, usa-se o PIN de 4 dígitos do certificado de usuário (利用者証明用).</translation>
    </message>
</context>
<context>
    <name>counter.registration.title</name>
    <message>
        <source>保険証として 使う 申し込みを しますか</source>
        <translation>Usar este cartão como cartão do seguro de saúde?</translation>
    </message>
</context>
<context>
    <name>counter.same.body</name>
    <message>
        <source>利用者証明用・住民基本台帳用・券面事項入力補助用は 同じ 数字に できます。</source>
        <translation>O PIN do certificado de autenticação do usuário, o PIN do Registro Básico de Residentes e o PIN de apoio à entrada de informações do cartão podem ter o mesmo número.</translation>
    </message>
</context>
<context>
    <name>counter.same.separate</name>
    <message>
        <source>別々に 決める</source>
        <translation>Escolher separadamente</translation>
    </message>
</context>
<context>
    <name>counter.same.title</name>
    <message>
        <source>ほかの 2つの 暗証番号も 同じ 数字に しますか</source>
        <translation>Quer usar o mesmo número nos outros 2 PINs?</translation>
    </message>
</context>
<context>
    <name>counter.same.use</name>
    <message>
        <source>同じに する</source>
        <translation>Usar o mesmo</translation>
    </message>
</context>
<context>
    <name>counter.support.already.title</name>
    <message>
        <source>この カードは すでに 保険証として 使えます</source>
        <translation>Este cartão já pode ser usado como cartão do seguro de saúde</translation>
    </message>
</context>
<context>
    <name>counter.support.checking.title</name>
    <message>
        <source>確認しています</source>
        <translation>Verificando</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.body</name>
    <message>
        <source>受付の 読み取り機で、これまでの お薬や 健診の 結果を 医師や 薬剤師に 見せてよいか 聞かれます。見せると、より よい 診療に 役立ちます。見せなくても 診療は 受けられます。</source>
        <translation>No leitor da recepção, perguntarão se médicos e farmacêuticos podem ver seus remédios e resultados de exames anteriores. Mostrá-los ajuda a receber um atendimento melhor. Mesmo sem mostrá-los, você pode ser atendido.</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.ok</name>
    <message>
        <source>わかりました</source>
        <translation>Entendi</translation>
    </message>
</context>
<context>
    <name>counter.support.consents.title</name>
    <message>
        <source>病院や 薬局で 聞かれる ことが あります</source>
        <translation>O que hospitais e farmácias podem perguntar</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.body</name>
    <message>
        <source>あとからでも、病院や 薬局の 受付の 読み取り機や、市区町村の 窓口で 申し込めます。</source>
        <translation>Você pode solicitar depois, no leitor da recepção de um hospital ou farmácia, ou no balcão da sua prefeitura.</translation>
    </message>
</context>
<context>
    <name>counter.support.declined.title</name>
    <message>
        <source>申し込みは しませんでした</source>
        <translation>A solicitação não foi feita</translation>
    </message>
</context>
<context>
    <name>counter.support.done.title</name>
    <message>
        <source>申し込みが 終わりました</source>
        <translation>A sua solicitação foi concluída</translation>
    </message>
</context>
<context>
    <name>counter.support.face.title</name>
    <message>
        <source>カメラの ほうを 見てください</source>
        <translation>Olhe para a câmera</translation>
    </message>
</context>
<context>
    <name>counter.support.failed.title</name>
    <message>
        <source>手続きが できませんでした</source>
        <translation>Não foi possível concluir o procedimento</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.body</name>
    <message>
        <source>マイナンバーカードを 健康保険証として 使う 申し込みを お手伝いします。</source>
        <translation>Ajudamos você a solicitar o uso do cartão My Number como cartão do seguro de saúde.</translation>
    </message>
</context>
<context>
    <name>counter.support.insert.title</name>
    <message>
        <source>マイナンバーカードを 読み取り機に 置いてください</source>
        <translation>Coloque o seu cartão My Number no leitor</translation>
    </message>
</context>
<context>
    <name>counter.support.method.face</name>
    <message>
        <source>顔認証（カメラ）</source>
        <translation>Reconhecimento facial (câmera)</translation>
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
        <translation>Escolha como confirmar a sua identidade</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.body</name>
    <message>
        <source>画面は ほかの 人から 見えません。番号は 表示されません。</source>
        <translation>Ninguém mais pode ver esta tela. O número não é mostrado.</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.title</name>
    <message>
        <source>利用者証明用の 暗証番号（数字 4けた）を 入力してください</source>
        <translation>Digite o PIN de 4 dígitos do certificado de usuário (利用者証明用)</translation>
    </message>
</context>
<context>
    <name>counter.support.pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>Você ainda pode tentar {tries} vezes.</translation>
    </message>
</context>
<context>
    <name>counter.support.reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>Lendo o seu cartão</translation>
    </message>
</context>
<context>
    <name>counter.support.registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>Enviando a sua solicitação</translation>
    </message>
</context>
<context>
    <name>counter.support.take.body</name>
    <message>
        <source>カードを お取りください。係員から お知らせの 紙を お受け取りください。</source>
        <translation>Retire o seu cartão. Um funcionário vai entregar uma folha de informações.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.agree</name>
    <message>
        <source>同意して 申し込む</source>
        <translation>Concordar e solicitar</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.body</name>
    <message>
        <source>この カードが 健康保険証として 使えるように なります。病院や 薬局では、カードを 受付の 読み取り機に 置いて 保険の 資格を 確かめます。お薬や 健診の 情報を 見せるかどうかは、その たびに あなたが 決めます。やめたく なったら、加入している 保険の 窓口で やめる 申し込みが できます。</source>
        <translation>Este cartão poderá ser usado como cartão do seguro de saúde. Em hospitais e farmácias, coloque o cartão no leitor da recepção para confirmar o seu seguro. A cada vez, você decide se mostra as informações dos seus remédios e exames de saúde. Se quiser parar, pode pedir o cancelamento no balcão do seu seguro de saúde.</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>Não solicitar</translation>
    </message>
</context>
<context>
    <name>counter.support.terms.title</name>
    <message>
        <source>申し込みの 前に お読みください</source>
        <translation>Leia isto antes de solicitar</translation>
    </message>
</context>
<context>
    <name>counter.wait.body</name>
    <message>
        <source>しばらく お待ちください。</source>
        <translation>Aguarde um momento.</translation>
    </message>
</context>
<context>
    <name>counter.wait.title</name>
    <message>
        <source>係員が ご案内します</source>
        <translation>Um funcionário vai atender você</translation>
    </message>
</context>
<context>
    <name>counter.warned.change</name>
    <message>
        <source>別の 番号に する</source>
        <translation>Escolher outro número</translation>
    </message>
</context>
<context>
    <name>counter.warned.keep</name>
    <message>
        <source>このまま 使う</source>
        <translation>Manter este número</translation>
    </message>
</context>
<context>
    <name>counter.warned.title</name>
    <message>
        <source>当てられやすい 番号です</source>
        <translation>Este número é fácil de adivinhar</translation>
    </message>
</context>
<context>
    <name>counter.writing.body</name>
    <message>
        <source>カードを 動かさずに お待ちください。</source>
        <translation>Não mexa no cartão e aguarde.</translation>
    </message>
</context>
<context>
    <name>counter.writing.title</name>
    <message>
        <source>カードに 暗証番号を 設定しています</source>
        <translation>Definindo os PINs no cartão</translation>
    </message>
</context>
<context>
    <name>done.alarm</name>
    <message>
        <source>カードを お忘れです。カードを お取りください。</source>
        <translation>Você esqueceu o cartão. Retire o seu cartão.</translation>
    </message>
</context>
<context>
    <name>done.body</name>
    <message>
        <source>お呼びするまで お待ちください。カードを お取りください。</source>
        <translation>Aguarde ser chamado e retire o seu cartão.</translation>
    </message>
</context>
<context>
    <name>done.declined</name>
    <message>
        <source>受付で 保険証か 資格確認書を お出しください。カードを お取りください。</source>
        <translation>Na recepção, apresente o seu cartão do seguro de saúde ou o certificado de elegibilidade (shikaku kakuninsho). Retire o seu cartão do leitor.</translation>
    </message>
</context>
<context>
    <name>done.item.checkup</name>
    <message>
        <source>健康情報（特定健診）</source>
        <translation>Check-ups de saúde</translation>
    </message>
</context>
<context>
    <name>done.item.limit</name>
    <message>
        <source>限度額情報</source>
        <translation>Limite de despesas</translation>
    </message>
</context>
<context>
    <name>done.item.medication</name>
    <message>
        <source>診療・お薬情報</source>
        <translation>Atendimento e medicamentos</translation>
    </message>
</context>
<context>
    <name>done.item.surgery</name>
    <message>
        <source>手術の 情報</source>
        <translation>Cirurgias</translation>
    </message>
</context>
<context>
    <name>done.shared</name>
    <message>
        <source>提供する 情報</source>
        <translation>Fornecido</translation>
    </message>
</context>
<context>
    <name>done.title</name>
    <message>
        <source>受付が 完了しました</source>
        <translation>Sua recepção foi concluída</translation>
    </message>
</context>
<context>
    <name>done.withheld</name>
    <message>
        <source>提供しない 情報</source>
        <translation>Não fornecido</translation>
    </message>
</context>
<context>
    <name>error.title</name>
    <message>
        <source>受付を 続けられませんでした</source>
        <translation>Não foi possível continuar o check-in</translation>
    </message>
</context>
<context>
    <name>face.failed.body</name>
    <message>
        <source>暗証番号で 確認するか、「係員を 呼ぶ」を 押してください。</source>
        <translation>Use o seu PIN ou toque em «Chamar funcionário».</translation>
    </message>
</context>
<context>
    <name>face.failed.title</name>
    <message>
        <source>顔認証が できませんでした</source>
        <translation>Não foi possível fazer o reconhecimento facial</translation>
    </message>
</context>
<context>
    <name>face.prompt.blurry</name>
    <message>
        <source>動かずに そのまま お待ちください</source>
        <translation>Fique parado e aguarde</translation>
    </message>
</context>
<context>
    <name>face.prompt.multiple_faces</name>
    <message>
        <source>お一人ずつ カメラの 前に お立ちください</source>
        <translation>Apenas uma pessoa por vez na frente da câmera</translation>
    </message>
</context>
<context>
    <name>face.prompt.no_face</name>
    <message>
        <source>カメラの ほうに お顔を 向けてください</source>
        <translation>Vire o rosto para a câmera</translation>
    </message>
</context>
<context>
    <name>face.prompt.off_centre</name>
    <message>
        <source>お顔を 画面の 枠の 中に 入れてください</source>
        <translation>Coloque o rosto dentro do quadro na tela</translation>
    </message>
</context>
<context>
    <name>face.prompt.ok</name>
    <message>
        <source>そのまま お待ちください</source>
        <translation>Fique assim e aguarde</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_bright</name>
    <message>
        <source>まぶしすぎます。少し 横に 動いてください</source>
        <translation>Está claro demais. Mova-se um pouco para o lado</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_dark</name>
    <message>
        <source>お顔が 暗く 写っています。帽子を 取るか、明るい ほうを 向いてください</source>
        <translation>O seu rosto está escuro. Tire o chapéu ou vire-se para um lado mais claro</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_large</name>
    <message>
        <source>もう少し 離れてください</source>
        <translation>Afaste-se um pouco</translation>
    </message>
</context>
<context>
    <name>face.prompt.too_small</name>
    <message>
        <source>もう少し 近づいてください</source>
        <translation>Aproxime-se um pouco</translation>
    </message>
</context>
<context>
    <name>face.retry</name>
    <message>
        <source>もう一度 撮影します。カメラを 見てください</source>
        <translation>Vamos tirar a foto de novo. Olhe para a câmera</translation>
    </message>
</context>
<context>
    <name>face.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>Olhe para a câmera</translation>
    </message>
</context>
<context>
    <name>finishing.title</name>
    <message>
        <source>受付を しています</source>
        <translation>Fazendo o check-in</translation>
    </message>
</context>
<context>
    <name>help.call</name>
    <message>
        <source>係員を 呼ぶ</source>
        <translation>Chamar funcionário</translation>
    </message>
</context>
<context>
    <name>help.called</name>
    <message>
        <source>係員を 呼んでいます</source>
        <translation>Funcionário a caminho</translation>
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
        <translation>Coloque o cartão sobre o leitor, com o lado da foto para cima.</translation>
    </message>
</context>
<context>
    <name>idle.title</name>
    <message>
        <source>マイナンバーカードを 置いてください</source>
        <translation>Coloque o seu My Number Card</translation>
    </message>
</context>
<context>
    <name>key.backspace</name>
    <message>
        <source>1つ消す</source>
        <translation>Apagar</translation>
    </message>
</context>
<context>
    <name>key.clear</name>
    <message>
        <source>全部消す</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>key.count</name>
    <message>
        <source>{typed}文字（{low}〜{high}文字）</source>
        <translation>{typed} caracteres ({low} a {high})</translation>
    </message>
</context>
<context>
    <name>key.submit</name>
    <message>
        <source>確定</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>limit.body</name>
    <message>
        <source>高額療養費制度を ご利用される 方は、カードを 取らずに 限度額情報を「提供する」を 押してください。窓口で 限度額以上の 支払いが 不要に なります。</source>
        <translation>Se você usa o sistema de despesas médicas elevadas, deixe o cartão e toque em «Fornecer»: não pagará além do limite.</translation>
    </message>
</context>
<context>
    <name>limit.provide</name>
    <message>
        <source>提供する</source>
        <translation>Fornecer</translation>
    </message>
</context>
<context>
    <name>limit.question</name>
    <message>
        <source>限度額情報を 提供しますか</source>
        <translation>Deseja fornecer as informações do limite de despesas?</translation>
    </message>
</context>
<context>
    <name>limit.title</name>
    <message>
        <source>受付が 完了します。カードを カードリーダーから お取りください。</source>
        <translation>Sua recepção foi concluída. Retire o seu cartão do leitor.</translation>
    </message>
</context>
<context>
    <name>limit.withhold</name>
    <message>
        <source>提供しない</source>
        <translation>Não fornecer</translation>
    </message>
</context>
<context>
    <name>method.body</name>
    <message>
        <source>顔認証か、暗証番号（数字 4けた）を 選べます。</source>
        <translation>Você pode escolher o reconhecimento facial ou o PIN (4 dígitos).</translation>
    </message>
</context>
<context>
    <name>method.body_face_card</name>
    <message>
        <source>このカードは 顔認証で 確認します。</source>
        <translation>Este cartão é verificado por reconhecimento facial.</translation>
    </message>
</context>
<context>
    <name>method.body_face_only</name>
    <message>
        <source>顔認証で 確認します。暗証番号は 使えません。</source>
        <translation>A verificação será por reconhecimento facial. O PIN não pode ser usado.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。「係員を 呼ぶ」を 押してください。</source>
        <translation>Seu PIN está bloqueado (redefina-o na prefeitura). Toque em «Chamar funcionário».</translation>
    </message>
</context>
<context>
    <name>method.body_pin_locked_face</name>
    <message>
        <source>暗証番号は ロック中です（再設定は 市区町村の 窓口で）。顔認証で 確認します。</source>
        <translation>Seu PIN está bloqueado (redefina-o na prefeitura). Use o reconhecimento facial.</translation>
    </message>
</context>
<context>
    <name>method.body_pin_only</name>
    <message>
        <source>暗証番号（数字 4けた）で 確認します。</source>
        <translation>A verificação será pelo PIN (4 dígitos).</translation>
    </message>
</context>
<context>
    <name>method.body_staff_only</name>
    <message>
        <source>係員が 確認します。「係員を 呼ぶ」を 押してください。</source>
        <translation>Um funcionário fará a verificação. Toque em «Chamar funcionário».</translation>
    </message>
</context>
<context>
    <name>method.face</name>
    <message>
        <source>顔認証</source>
        <translation>Reconhecimento facial</translation>
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
        <translation>PIN (restam {tries})</translation>
    </message>
</context>
<context>
    <name>method.title</name>
    <message>
        <source>ご本人の 確認方法を 選んでください</source>
        <translation>Escolha como confirmar a sua identidade</translation>
    </message>
</context>
<context>
    <name>name.busy</name>
    <message>
        <source>お待ちください</source>
        <translation>Aguarde, por favor</translation>
    </message>
</context>
<context>
    <name>name.camera</name>
    <message>
        <source>カメラの 映像</source>
        <translation>Imagem da câmera</translation>
    </message>
</context>
<context>
    <name>name.picture.place</name>
    <message>
        <source>カードを 読み取り機に 置く 絵</source>
        <translation>Imagem: colocar o cartão no leitor</translation>
    </message>
</context>
<context>
    <name>name.picture.take</name>
    <message>
        <source>カードを 読み取り機から 取る 絵</source>
        <translation>Imagem: retirar o cartão do leitor</translation>
    </message>
</context>
<context>
    <name>name.progress</name>
    <message>
        <source>撮影の 進み具合</source>
        <translation>Progresso da captura</translation>
    </message>
</context>
<context>
    <name>pin.last</name>
    <message>
        <source>あと 1 回 まちがえると、カードが ロックされます。</source>
        <translation>Se errar mais 1 vez, o cartão será bloqueado.</translation>
    </message>
</context>
<context>
    <name>pin.wrong.title</name>
    <message>
        <source>暗証番号が ちがいます</source>
        <translation>O PIN está incorreto</translation>
    </message>
</context>
<context>
    <name>pin.title</name>
    <message>
        <source>暗証番号（数字 4けた）を 入力してください</source>
        <translation>Digite o PIN (4 dígitos)</translation>
    </message>
</context>
<context>
    <name>pin.tries</name>
    <message>
        <source>あと {tries} 回 入力できます。</source>
        <translation>Você pode digitar mais {tries} vezes.</translation>
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
        <translation>Coloque o cartão sobre o leitor, com o lado da foto para cima.</translation>
    </message>
</context>
<context>
    <name>placement.flat_face_down</name>
    <message>
        <source>顔写真のある面を 下にして、読み取り機の 上に 置いてください。</source>
        <translation>Coloque o cartão sobre o leitor, com o lado da foto para baixo.</translation>
    </message>
</context>
<context>
    <name>placement.slot</name>
    <message>
        <source>顔写真のある面を 上にして、金色の ICチップの ほうから 差し込んでください。</source>
        <translation>Com o lado da foto para cima, insira o cartão pelo lado do chip IC dourado.</translation>
    </message>
</context>
<context>
    <name>placement.tray</name>
    <message>
        <source>顔写真のある面を 上にして、読み取り機の 置き台に 置いてください。</source>
        <translation>Coloque o cartão na bandeja do leitor, com o lado da foto para cima.</translation>
    </message>
</context>
<context>
    <name>prescription.electronic</name>
    <message>
        <source>電子処方箋</source>
        <translation>Receita eletrônica</translation>
    </message>
</context>
<context>
    <name>prescription.paper</name>
    <message>
        <source>紙の 処方箋</source>
        <translation>Receita em papel</translation>
    </message>
</context>
<context>
    <name>prescription.title</name>
    <message>
        <source>処方箋は どちらに しますか</source>
        <translation>Que tipo de receita você quer?</translation>
    </message>
</context>
<context>
    <name>reading.body</name>
    <message>
        <source>カードを 動かさずに、そのまま お待ちください。</source>
        <translation>Não mexa no cartão e aguarde.</translation>
    </message>
</context>
<context>
    <name>reading.title</name>
    <message>
        <source>カードを 読み取っています</source>
        <translation>Lendo o cartão</translation>
    </message>
</context>
<context>
    <name>registering.title</name>
    <message>
        <source>申し込みを しています</source>
        <translation>Fazendo o cadastro</translation>
    </message>
</context>
<context>
    <name>registration.agree</name>
    <message>
        <source>申し込む</source>
        <translation>Cadastrar</translation>
    </message>
</context>
<context>
    <name>registration.body</name>
    <message>
        <source>申し込むと、この カードが 健康保険証として 使えるように なります。</source>
        <translation>Com o cadastro, este cartão poderá ser usado como cartão do seguro de saúde.</translation>
    </message>
</context>
<context>
    <name>registration.decline</name>
    <message>
        <source>申し込まない</source>
        <translation>Não cadastrar</translation>
    </message>
</context>
<context>
    <name>registration.title</name>
    <message>
        <source>マイナンバーカードを 保険証として 使う 申し込みを しますか</source>
        <translation>Você quer se cadastrar para usar o My Number Card como cartão do seguro de saúde?</translation>
    </message>
</context>
<context>
    <name>staff.body</name>
    <message>
        <source>カードの 写真と ご本人を 見比べてください。</source>
        <translation>Compare a foto do cartão com a pessoa.</translation>
    </message>
</context>
<context>
    <name>staff.called</name>
    <message>
        <source>係員を 呼びました。そのまま お待ちください。</source>
        <translation>Chamamos um funcionário. Aguarde aqui, por favor.</translation>
    </message>
</context>
<context>
    <name>staff.confirm</name>
    <message>
        <source>ご本人です</source>
        <translation>É a própria pessoa</translation>
    </message>
</context>
<context>
    <name>staff.pin_refused</name>
    <message>
        <source>係員用の 暗証番号が ちがいます。</source>
        <translation>O PIN de funcionário está incorreto.</translation>
    </message>
</context>
<context>
    <name>staff.reject</name>
    <message>
        <source>確認できない</source>
        <translation>Não confirmado</translation>
    </message>
</context>
<context>
    <name>staff.title</name>
    <message>
        <source>係員による 確認</source>
        <translation>Verificação por um funcionário</translation>
    </message>
</context>
<context>
    <name>step.1</name>
    <message>
        <source>1/4 読み取り</source>
        <translation>1/4 Cartão</translation>
    </message>
</context>
<context>
    <name>step.2</name>
    <message>
        <source>2/4 本人確認</source>
        <translation>2/4 Identidade</translation>
    </message>
</context>
<context>
    <name>step.3</name>
    <message>
        <source>3/4 同意の 確認</source>
        <translation>3/4 Consentimento</translation>
    </message>
</context>
<context>
    <name>step.4</name>
    <message>
        <source>4/4 受付完了</source>
        <translation>4/4 Concluído</translation>
    </message>
</context>
<context>
    <name>verified.title</name>
    <message>
        <source>ご本人と 確認できました</source>
        <translation>Sua identidade foi confirmada</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>このままだと、まもなく 最初の 画面に 戻ります。</source>
        <translation>Se nada for feito, a tela vai voltar ao início em breve.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ERROR</name>
    <message>
        <source>申請の 受付が できませんでした。係員に お声がけください。</source>
        <translation>Não foi possível receber o seu pedido. Fale com um funcionário, por favor.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_ID_INVALID</name>
    <message>
        <source>申請書IDの 番号が 正しくないようです。交付申請書の 23けたの 番号を 確かめて、もう一度 入力してください。</source>
        <translation>O número do pedido não parece correto. Confira o número de 23 dígitos no formulário e digite-o de novo.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_QR_INVALID</name>
    <message>
        <source>交付申請書の QRコードを 読み取れませんでした。もう一度 かざすか、申請書IDを 入力してください。</source>
        <translation>Não foi possível ler o código QR do formulário. Mostre-o de novo ou digite o número do pedido.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DETAILS_INCOMPLETE</name>
    <message>
        <source>お名前・ご住所・生年月日に 足りないところが あります。係員と いっしょに 確かめてください。</source>
        <translation>Faltam dados no seu nome, endereço ou data de nascimento. Confira-os com um funcionário, por favor.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_EMAIL_INVALID</name>
    <message>
        <source>メールアドレスが 正しくないようです。もう一度 入力するか、メールなしで 進んでください。</source>
        <translation>O e-mail não parece correto. Digite-o de novo ou continue sem e-mail.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_DOCUMENTS_INSUFFICIENT</name>
    <message>
        <source>本人確認書類が 足りません。顔写真つきの 書類 1点か、ほかの 書類 2点を 係員に 見せてください。</source>
        <translation>Faltam documentos de identidade. Mostre a um funcionário um documento com foto ou dois outros documentos.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_PHOTO_CAMERA_MISSING</name>
    <message>
        <source>写真を 撮る カメラが つながっていません。カメラを つないでから、もう一度 撮影してください。</source>
        <translation>A câmera para a foto não está conectada. Conecte a câmera e tire a foto novamente.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECORD_DAMAGED</name>
    <message>
        <source>保存した 申請を 開けませんでした。管理者に 連絡してください。</source>
        <translation>Não foi possível abrir um pedido salvo. Entre em contato com o administrador.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_UNKNOWN_SESSION</name>
    <message>
        <source>この 受付の 記録が 見つかりません。管理者に 連絡してください。</source>
        <translation>O registro desta sessão de recepção não foi encontrado. Entre em contato com o administrador.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_BUNDLE_INVALID</name>
    <message>
        <source>申請の ファイルが 正しくないため、取り込みませんでした。管理者に 連絡してください。</source>
        <translation>O arquivo de pedidos não é válido e não foi importado. Entre em contato com o administrador.</translation>
    </message>
</context>
<context>
    <name>APPLICATION_RECEIPT_INVALID</name>
    <message>
        <source>取り込みの 受領ファイルが 正しくないため、申請は 消していません。管理者に 連絡してください。</source>
        <translation>O arquivo de recibo da importação não é válido, então os pedidos não foram apagados. Entre em contato com o administrador.</translation>
    </message>
</context>
<context>
    <name>counter.refused.again</name>
    <message>
        <source>もう一度 入力する</source>
        <translation>Digitar novamente</translation>
    </message>
</context>
<context>
    <name>page.next</name>
    <message>
        <source>つぎへ</source>
        <translation>Próximo</translation>
    </message>
</context>
<context>
    <name>page.back</name>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.title</name>
    <message>
        <source>マイナンバーカードの 申請を お手伝いします</source>
        <translation>Vamos ajudar você a solicitar o seu My Number Card</translation>
    </message>
</context>
<context>
    <name>application.resident.idle.body</name>
    <message>
        <source>係員が ご案内します。</source>
        <translation>Um atendente vai orientar você.</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.title</name>
    <message>
        <source>交付申請書を お持ちですか</source>
        <translation>Você tem o formulário de solicitação?</translation>
    </message>
</context>
<context>
    <name>application.resident.identify.body</name>
    <message>
        <source>お持ちでしたら、係員に お渡しください。なくても 申請できます。</source>
        <translation>Se tiver, entregue-o ao atendente. Também é possível solicitar sem ele.</translation>
    </message>
</context>
<context>
    <name>application.resident.details.title</name>
    <message>
        <source>係員が 入力しています</source>
        <translation>O atendente está digitando os seus dados</translation>
    </message>
</context>
<context>
    <name>application.resident.wait</name>
    <message>
        <source>少し お待ちください。</source>
        <translation>Aguarde um momento, por favor.</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.title</name>
    <message>
        <source>この 内容で 正しいですか</source>
        <translation>Estes dados estão corretos?</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.yes</name>
    <message>
        <source>はい、正しいです</source>
        <translation>Sim, estão corretos</translation>
    </message>
</context>
<context>
    <name>application.resident.confirm.no</name>
    <message>
        <source>なおしてほしい</source>
        <translation>É preciso corrigir</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.title</name>
    <message>
        <source>メールアドレスが あれば、係員に お伝えください</source>
        <translation>Se tiver um e-mail, informe o atendente</translation>
    </message>
</context>
<context>
    <name>application.resident.contact.body</name>
    <message>
        <source>申請の お知らせが メールで 届きます。なくても 申請できます。</source>
        <translation>Você receberá avisos da solicitação por e-mail. Também é possível solicitar sem ele.</translation>
    </message>
</context>
<context>
    <name>application.resident.documents.title</name>
    <message>
        <source>本人確認書類を 係員に お見せください</source>
        <translation>Mostre os seus documentos de identidade ao atendente</translation>
    </message>
</context>
<context>
    <name>application.resident.delivery.title</name>
    <message>
        <source>カードの 受け取り方を 係員と 決めてください</source>
        <translation>Decida com o atendente como receber o seu cartão</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.title</name>
    <message>
        <source>カメラを 見てください</source>
        <translation>Olhe para a câmera, por favor</translation>
    </message>
</context>
<context>
    <name>application.resident.photo.body</name>
    <message>
        <source>そろったら 自動で 撮ります。</source>
        <translation>A foto é tirada sozinha quando tudo estiver certo.</translation>
    </message>
</context>
<context>
    <name>application.resident.review.title</name>
    <message>
        <source>この 写真で 申請しますか</source>
        <translation>Solicitar com esta foto?</translation>
    </message>
</context>
<context>
    <name>application.resident.review.accept</name>
    <message>
        <source>この 写真で 申請する</source>
        <translation>Solicitar com esta foto</translation>
    </message>
</context>
<context>
    <name>application.resident.review.retake</name>
    <message>
        <source>撮りなおす</source>
        <translation>Tirar de novo</translation>
    </message>
</context>
<context>
    <name>application.resident.review.photo</name>
    <message>
        <source>申請に 使う 写真</source>
        <translation>Foto da solicitação</translation>
    </message>
</context>
<context>
    <name>application.resident.saving.title</name>
    <message>
        <source>申請を 保存しています</source>
        <translation>Salvando a sua solicitação</translation>
    </message>
</context>
<context>
    <name>application.resident.save_failed.title</name>
    <message>
        <source>係員が 確認しています</source>
        <translation>O atendente está verificando</translation>
    </message>
</context>
<context>
    <name>application.resident.done.title</name>
    <message>
        <source>申請を 受け付けました</source>
        <translation>A sua solicitação foi recebida</translation>
    </message>
</context>
<context>
    <name>application.resident.done.body</name>
    <message>
        <source>ありがとうございました。</source>
        <translation>Muito obrigado.</translation>
    </message>
</context>
<context>
    <name>application.photo.ok</name>
    <message>
        <source>この 写真で 申請できます</source>
        <translation>Esta foto pode ser usada na solicitação</translation>
    </message>
</context>
<context>
    <name>application.photo.no_face</name>
    <message>
        <source>お顔が 写っていません。カメラの ほうを 向いてください</source>
        <translation>O seu rosto não aparece. Vire-se para a câmera</translation>
    </message>
</context>
<context>
    <name>application.photo.multiple_people</name>
    <message>
        <source>お一人だけで 写ってください</source>
        <translation>Apenas uma pessoa na foto, por favor</translation>
    </message>
</context>
<context>
    <name>application.photo.too_large</name>
    <message>
        <source>もう少し カメラから 離れてください</source>
        <translation>Afaste-se um pouco da câmera</translation>
    </message>
</context>
<context>
    <name>application.photo.too_small</name>
    <message>
        <source>もう少し カメラに 近づいてください</source>
        <translation>Aproxime-se um pouco da câmera</translation>
    </message>
</context>
<context>
    <name>application.photo.off_centre</name>
    <message>
        <source>お顔を 枠の まんなかに 合わせてください</source>
        <translation>Coloque o rosto no meio da moldura</translation>
    </message>
</context>
<context>
    <name>application.photo.head_cut_off</name>
    <message>
        <source>頭の 上まで 写るように してください。帽子は 取ってください</source>
        <translation>A cabeça deve aparecer inteira. Tire o chapéu ou boné</translation>
    </message>
</context>
<context>
    <name>application.photo.not_frontal</name>
    <message>
        <source>顔を まっすぐ 正面に 向けて、首を かたむけないでください</source>
        <translation>Olhe para a frente e não incline a cabeça</translation>
    </message>
</context>
<context>
    <name>application.photo.eyes_closed</name>
    <message>
        <source>目を 開けて カメラを 見てください</source>
        <translation>Abra os olhos e olhe para a câmera</translation>
    </message>
</context>
<context>
    <name>application.photo.too_dark</name>
    <message>
        <source>暗すぎます。明るい ところで 撮りましょう</source>
        <translation>Está escuro demais. Vamos tirar a foto num lugar mais claro</translation>
    </message>
</context>
<context>
    <name>application.photo.too_bright</name>
    <message>
        <source>明るすぎます。光が 直接 当たらない ところで 撮りましょう</source>
        <translation>Está claro demais. Vamos tirar a foto longe da luz direta</translation>
    </message>
</context>
<context>
    <name>application.photo.uneven_light</name>
    <message>
        <source>お顔に 影が あります。光が 顔全体に 当たるように してください</source>
        <translation>Há uma sombra no seu rosto. Deixe a luz no rosto inteiro</translation>
    </message>
</context>
<context>
    <name>application.photo.blurry</name>
    <message>
        <source>写真が ぼやけています。動かずに そのまま お待ちください</source>
        <translation>A foto está tremida. Fique parado e aguarde</translation>
    </message>
</context>
<context>
    <name>application.photo.busy_background</name>
    <message>
        <source>うしろに 模様や 物が 写っています。無地の 壁の 前に 立ってください</source>
        <translation>Há desenhos ou objetos atrás de você. Fique na frente de uma parede lisa</translation>
    </message>
</context>
</TS>
