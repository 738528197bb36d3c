"""syndication."""
