"""Reading 照合番号B from the front of a My Number Card (spec §12, issue 14).

``reading`` holds the result type and the reader port; ``fields`` finds the birth date, the card's
expiry and the security code in OCR text by pattern and decides whether a reading is certain
(``docs/card-face.md``). The OCR itself, and finding the card in a camera frame, are drivers
(``drivers.card_face``).
"""
