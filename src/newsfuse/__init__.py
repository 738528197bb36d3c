"""newsfuse."""
