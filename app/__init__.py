"""The composition package: the only code that sees every layer. It picks devices or simulators
(``app.ports``), assembles the reception kiosk and the counter desk from them, and holds the
``myna-kiosk`` command line (``app.cli``). The domain (``kiosk``) never imports it."""
