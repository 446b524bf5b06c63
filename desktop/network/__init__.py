"""Every outbound HTTP call: one client with deadlines, size caps and a redirect policy."""
