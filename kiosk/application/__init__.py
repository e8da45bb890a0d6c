"""Application support (申請サポート) and outreach intake (出張申請受付), issue 18.

Seeds 002 and 004 describe how cards are applied for with the municipality's help: at the office
when a resident comes for another procedure (申請時来庁方式), and by staff who go out to employers,
care homes and events (出張申請受付方式). Because identity is checked *at intake*, the card can then
be mailed by 本人限定受取郵便 (seed 002 「受付時に本人確認を実施しているため、本人限定受取郵便等で
カードが郵送され」; seed 004's table 「申請時に本人確認」「本人限定郵便により自宅で受取り」).

* :mod:`~kiosk.application.records` — the intake record and its rules;
* :mod:`~kiosk.application.photo` and :mod:`~kiosk.application.photo_file` — the application photo
  rules, the crop to the 4.5 × 3.5 cm frame and the online application's file rules;
* :mod:`~kiosk.application.capture` — automatic capture from camera frames;
* :mod:`~kiosk.application.table`, :mod:`~kiosk.application.machine`,
  :mod:`~kiosk.application.effects` and :mod:`~kiosk.application.view` — the intake flow, what it
  does to the world, and what its two windows show;
* :mod:`~kiosk.application.vault` and :mod:`~kiosk.application.bundle` — outreach storage,
  encrypted at rest, and the signed bundle taken back to the office;
* :mod:`~kiosk.application.form` — the reissued 交付申請書 with its 申請書ID QR code.

The application photo is the one face image the product writes (product.md "Lines we never
cross" 1, its exception): only inside an encrypted intake record, never as a plain file.
"""
