from __future__ import annotations

from newsfuse.stories.features import article_features


def test_names_are_capitalised_words_inside_a_sentence_and_acronyms() -> None:
    text = "Police said the FBI joined the search in Denver.\nThe police found the car."
    features = article_features(text, None, None)
    assert set(features.names) == {"fbi", "denver"}


def test_a_sentence_opening_word_is_a_name_when_never_written_in_lower_case() -> None:
    text = "Teixeira signed on Monday.\nThe club hailed Teixeira.\nOfficials said little."
    features = article_features(text, None, None)
    assert "teixeira" in features.names
    assert "officials" in features.names  # never lower-cased here: taken for a name
    text += "\nThe officials left."
    assert "officials" not in article_features(text, None, None).names


def test_figures_drop_thousands_separators_and_month_names_are_no_names() -> None:
    text = "In March, 4,300 people fled and 12 were hurt.\nOn Monday, in March again, 12 more."
    features = article_features(text, None, None)
    assert features.figures == {"4300": 1, "12": 2}
    assert "march" not in features.names and "monday" not in features.names


def test_the_title_counts_with_the_body() -> None:
    features = article_features("The fire spread.", "Blaze in Saltmere", None)
    assert "saltmere" in features.names
    assert features.terms["blaz"] == 1
