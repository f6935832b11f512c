// Removed when lkk-ui has sources.
