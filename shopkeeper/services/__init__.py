"""Pure-Python business logic: no Qt here, so the CLI and tests use it directly."""
