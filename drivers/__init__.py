"""Hardware adapters. Only this package imports hardware libraries (pyscard, cv2 capture)."""
