"""The panel's pages, one module each."""
