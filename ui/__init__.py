"""PySide6 screens. They render view models and send intents; no hardware, database or keyring
library is imported here (style guide "Avoid")."""
