// Removed when the server library has sources.
