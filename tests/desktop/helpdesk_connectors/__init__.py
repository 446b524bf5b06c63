"""Tests of the REST helpdesk connectors: real RT5, and contract tests for the SaaS helpdesks."""
