"""The guarded HTTP transport behind `newsfuse.ingest.fetch`, one job per module.

`urls` parses and validates a URL, `addresses` judges one IP address, `guard` resolves a host
once and checks every answer, `deadline` bounds the whole fetch in time, and `transport`
connects to the checked address itself and follows redirects through the same checks.
"""
