"""Deadlines IT sets on required apps: concrete deferrals, gentle escalation, the countdown."""
