"""The helpdesk connectors, one module each, and their registry (:mod:`.registry`)."""
