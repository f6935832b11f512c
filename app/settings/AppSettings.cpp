// Placeholder: implemented by the client core.
