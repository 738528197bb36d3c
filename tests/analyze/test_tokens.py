from newsfuse.analyze.tokens import content_words, normalize, stem, words


def test_words_keep_figures_and_contractions_whole() -> None:
    assert words("About 4,300 people (3.5%) didn't leave.") == [
        "About",
        "4,300",
        "people",
        "3.5",
        "didn't",
        "leave",
    ]


def test_normalize_folds_case_and_curly_quotes() -> None:
    assert normalize("“Mayor’s Office”") == '"mayor\'s office"'


def test_content_words_drop_stop_words() -> None:
    assert content_words("The fire was under control, officials said.") == [
        "fire",
        "control",
        "officials",
    ]


def test_stem_makes_noun_and_verb_forms_meet() -> None:
    assert stem("closure") == stem("closed") == stem("close") == stem("closing")
    assert stem("injuries") == stem("injured") == stem("injury")
    assert stem("evacuated") == stem("evacuation") == stem("evacuate")
    assert stem("looted") == stem("looting")
    assert stem("quillon's") == stem("quillon")


def test_stem_leaves_short_words_alone() -> None:
    assert stem("ins") == "ins"
    assert stem("bus") == "bus"
