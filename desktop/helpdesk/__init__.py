"""Help requests: payloads, the durable outbox, and connectors to the helpdesk IT runs."""
