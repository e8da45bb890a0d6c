"""The clinic reception: what one completed visit at the kiosk produces, and where it goes."""
