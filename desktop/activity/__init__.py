"""The employee's own activity ledger: what Deskmate did, and every byte it sent."""
