"""Services behind ports: eligibility (オンライン資格確認) and its domain types."""
