"""The signed app catalogue: model, validation, TUF publishing and client, search."""
