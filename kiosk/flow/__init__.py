"""The clinic reception flow as an explicit state machine (issue 4 §1), table as data, no Qt."""
