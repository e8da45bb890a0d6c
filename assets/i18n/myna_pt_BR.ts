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
        <source>すべて 見せてよい（まとめて 同意）</source>
        <translation>Sim, pode mostrar tudo</translation>
    </message>
</context>
<context>
    <name>consent.body.checkup</name>
    <message>
        <source>特定健診（40歳以上の 健康診断）の 結果です。</source>
        <translation>O resultado do exame de saúde específico (para pessoas de 40 anos ou mais).</translation>
    </message>
</context>
<context>
    <name>consent.body.limit</name>
    <message>
        <source>医療費の 支払いが 高くなりすぎないように するための 情報です。</source>
        <translation>São informações usadas para que os seus gastos com tratamento médico não fiquem altos demais.</translation>
    </message>
</context>
<context>
    <name>consent.body.medication</name>
    <message>
        <source>これまでの お薬や 受診の 記録です。よりよい 診療に 使われます。</source>
        <translation>É o registro dos seus remédios e consultas. Ajuda a cuidar melhor de você.</translation>
    </message>
</context>
<context>
    <name>consent.body.surgery</name>
    <message>
        <source>これまでの 手術の 記録です。</source>
        <translation>São os registros das suas cirurgias até hoje.</translation>
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
    <name>consent.title.checkup</name>
    <message>
        <source>特定健診の 結果を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>Médicos, farmacêuticos e outros podem ver o resultado do seu exame de saúde?</translation>
    </message>
</context>
<context>
    <name>consent.title.limit</name>
    <message>
        <source>限度額の 情報を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>Médicos, farmacêuticos e outros podem ver seu limite de gastos médicos?</translation>
    </message>
</context>
<context>
    <name>consent.title.medication</name>
    <message>
        <source>これまでの お薬と 受診の 情報を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>Médicos, farmacêuticos e outros podem ver seus remédios e consultas anteriores?</translation>
    </message>
</context>
<context>
    <name>consent.title.surgery</name>
    <message>
        <source>これまでの 手術の 情報を 医師・薬剤師などに 見せてもよいですか</source>
        <translation>Médicos, farmacêuticos e outros podem ver suas cirurgias anteriores?</translation>
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
    <name>counter.pin.first.auth</name>
    <message>
        <source>利用者証明用 電子証明書の 暗証番号を 決めて 入力してください</source>
        <translation>Escolha e digite o PIN do certificado de autenticação do usuário</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.juki</name>
    <message>
        <source>住民基本台帳用の 暗証番号を 決めて 入力してください</source>
        <translation>Escolha e digite o PIN do Registro Básico de Residentes</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.kenhojo</name>
    <message>
        <source>券面事項入力補助用の 暗証番号を 決めて 入力してください</source>
        <translation>Escolha e digite o PIN de apoio à entrada de informações do cartão</translation>
    </message>
</context>
<context>
    <name>counter.pin.first.sign</name>
    <message>
        <source>署名用 電子証明書の パスワードを 決めて 入力してください</source>
        <translation>Escolha e digite a senha do certificado de assinatura</translation>
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
    <name>counter.registration.title</name>
    <message>
        <source>マイナンバーカードを 保険証として 使う 申し込みを しますか</source>
        <translation>Você quer se cadastrar para usar o My Number Card como cartão do seguro de saúde?</translation>
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
        <source>カードを お取りください。</source>
        <translation>Retire o seu cartão.</translation>
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
    <name>done.title</name>
    <message>
        <source>受付が 終わりました</source>
        <translation>Check-in concluído</translation>
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
        <source>暗証番号で 確認するか、係員を お呼びください。</source>
        <translation>Confirme com o PIN ou chame um funcionário.</translation>
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
    <name>method.body_pin_only</name>
    <message>
        <source>暗証番号（数字 4けた）で 確認します。</source>
        <translation>A verificação será pelo PIN (4 dígitos).</translation>
    </message>
</context>
<context>
    <name>method.body_staff_only</name>
    <message>
        <source>係員が 確認します。係員を お呼びください。</source>
        <translation>Um funcionário vai fazer a verificação. Chame um funcionário.</translation>
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
    <name>pin.last</name>
    <message>
        <source>あと 1 回 入力できます。まちがえると、カードが ロックされます。</source>
        <translation>Você pode digitar só mais 1 vez. Se errar, o cartão será bloqueado.</translation>
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
    <name>pin.wrong</name>
    <message>
        <source>暗証番号が ちがいます。あと {tries} 回 入力できます。</source>
        <translation>O PIN está incorreto. Você pode digitar mais {tries} vezes.</translation>
    </message>
</context>
<context>
    <name>pin.wrong_last</name>
    <message>
        <source>暗証番号が ちがいます。あと 1 回 まちがえると、カードが ロックされます。</source>
        <translation>O PIN está incorreto. Se errar mais 1 vez, o cartão será bloqueado.</translation>
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
    <name>warning</name>
    <message>
        <source>このままだと、まもなく 最初の 画面に 戻ります。</source>
        <translation>Se nada for feito, a tela vai voltar ao início em breve.</translation>
    </message>
</context>
</TS>
