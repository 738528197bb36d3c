from newsfuse.cleaning.outlet import outlet_from_footer


def test_outlet_from_footer_reads_the_copyright_line() -> None:
    assert outlet_from_footer(["Terms", "© Corran Bay Observer 2023"]) == "Corran Bay Observer"
    assert outlet_from_footer(["© 2023 Lanterfield Herald"]) == "Lanterfield Herald"
    assert outlet_from_footer(["Copyright 2021 The Daily Example. All rights reserved."]) == (
        "The Daily Example"
    )


def test_outlet_from_footer_prefers_the_last_short_line_over_an_agency_disclaimer() -> None:
    lines = [
        "(c) Wirenet 2023. All rights reserved. This material may not be published, broadcast,"
        " rewritten or redistributed.",
        "About us",
        "© 2023 Harbour Herald",
    ]
    assert outlet_from_footer(lines) == "Harbour Herald"


def test_outlet_from_footer_ignores_lines_without_a_copyright_mark() -> None:
    assert outlet_from_footer(["Contact", "Privacy policy", "2023 was a hard year"]) is None
    assert outlet_from_footer(["© 2023"]) is None
