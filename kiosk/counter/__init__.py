"""The municipal counter (issue 5): card handover (交付), PINs set by the resident, and insurance
registration in the same visit (spec B2–B4; design "The counter visit").

* :mod:`kiosk.counter.applications` — applications, the 申請書ID rule, the card-management port;
* :mod:`kiosk.counter.notice_qr` — the 交付通知書 QR payload, and which scanned payloads are accepted;
* :mod:`kiosk.counter.qr_scanner` — the desk camera's QR codes, read continuously;
* :mod:`kiosk.counter.pin_rules` — what PINs a resident may choose, and warnings on weak ones;
* :mod:`kiosk.counter.insurance` — the call centre residents are told about (the 利用申込 itself is
  :mod:`kiosk.services.registration`, shared with ``kiosk.registration`` and the reception).

Writing the PINs to the card is protocol work: :mod:`kiosk.card.issuance`.
"""
