"""Health checks, their parallel runner, self-fixes and local health history (no Qt)."""
