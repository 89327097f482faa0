"""Reader comments: built by the readers' voice issue."""
