class ImportError_(ValueError):  # noqa: N801 (the builtin ImportError is another thing)
    """A file that cannot become an article; the message says why, in the user's language."""
