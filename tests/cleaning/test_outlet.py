from newsfuse.cleaning.outlet import outlet_from_footer, outlet_from_page


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


def test_the_page_names_itself_in_its_navigation_and_sign_up_boxes() -> None:
    furniture = [
        "About Inexhibit",
        "Search Inexhibit",
        "Subscribe to Inexhibit’s newsletter",
        "Privacy policy",
    ]
    assert outlet_from_page(furniture) == "Inexhibit"


def test_a_wire_agency_footer_loses_to_the_site_s_own_names() -> None:
    furniture = [
        "© 2019 Reuters. All rights reserved.",
        "Follow The Paradigm on Twitter",
        "Subscribe to The Paradigm via Email",
        "Copyright © 2019 The Paradigm. All Rights Reserved.",
    ]
    assert outlet_from_page(furniture) == "The Paradigm"


def test_disclaimers_and_trademark_lines_name_the_outlet() -> None:
    disclaimer = "The BBC is not responsible for the content of external sites."
    assert outlet_from_page([disclaimer]) == "The BBC"
    assert outlet_from_page(
        ["AppleInsider has affiliate partnerships and may earn commission on products."]
    ) == ("AppleInsider")


def test_sub_brands_opening_navigation_lines_back_another_frame() -> None:
    furniture = ["CNN Films", "CNN Heroes", "CNN Profiles", "CNN Newsletters"]
    assert outlet_from_page(furniture) == "CNN"


def test_menu_sections_are_not_outlets() -> None:
    furniture = ["Weather", "More Weather", "Search Classifieds", "Classifieds", "Games"]
    assert outlet_from_page(furniture) is None


def test_a_name_the_article_writes_in_lower_case_is_a_common_word() -> None:
    furniture = ["Experience Newsletter", "About Experience"]
    assert outlet_from_page(furniture) == "Experience"
    assert outlet_from_page(furniture, article="It was an experience we will not forget.") is None


def test_company_forms_are_cut_from_the_name() -> None:
    assert outlet_from_page(["© 2019 The New York Times Company"]) == "The New York Times"
