"""The one vocabulary: loading, lookups, placeholders, project extensions."""

import pytest
import regex
from pydantic import ValidationError

from validator import vocab
from validator.patterns import check_pattern, compile_pattern
from validator.vocab import Agency, Vocab


pytestmark = pytest.mark.usefixtures("fresh_vocab")


def test_every_agency_has_a_kind_and_unique_name():
    names = [a.name.casefold() for a in vocab.agencies()]
    assert len(names) == len(set(names))
    assert all(a.kinds for a in vocab.agencies())


@pytest.mark.parametrize("spelling, canon", [
    ("Associated Press", "AP"), ("the associated press", "AP"), ("Reuter", "Reuters"),
    ("رويترز", "Reuters"), ("Рейтер", "Reuters"), ("Agence France-Presse", "AFP"),
    ("新华社", "Xinhua"), ("ТАСС", "TASS"), ("Kyodo", "Kyodo"), ("Keystone-SDA", "Keystone-SDA"),
])
def test_canonical_names(spelling, canon):
    assert vocab.canonical(spelling) == canon


def test_kinds_filter():
    assert vocab.canonical("Getty Images", "photo") == "Getty Images"
    assert vocab.canonical("Getty Images", "wire") is None
    assert vocab.canonical("Christoph") is None


@pytest.mark.parametrize("text, found", [
    ("WASHINGTON (Associated Press) -", "Associated Press"),
    ("Berlin (dpa) -", "dpa"),
    ("said the Kyodo News agency", "Kyodo News"),
    ("in Reutlingen", None),  # a word that starts with an agency name is not the agency
    ("APPLE shares", None),
])
def test_placeholder_finds_whole_names(text, found):
    m = compile_pattern(r"{@wire_agencies}").search(text)
    assert (m.group(0) if m else None) == found


def test_unknown_placeholder_is_a_clear_error():
    with pytest.raises(ValueError, match=r"unknown vocabulary placeholder \{@agencys\}"):
        check_pattern(r"\({@agencys}\)")


def test_phrase_family_placeholder_and_extension():
    vocab.extend(Vocab(phrases={"greeting": {"en": ("hello",), "fr": ("bonjour",)}}))
    assert compile_pattern(r"^{@phrases.greeting}$").search("Bonjour")
    vocab.reset()
    with pytest.raises(ValueError):
        compile_pattern(r"{@phrases.greeting}")


def test_extension_merges_spellings():
    vocab.extend(Vocab(agencies=(Agency(name="Reuters", spellings=("Reutersu",)),
                                 Agency(name="Example Wire", kinds=("wire",), spellings=("EXW",)))))
    assert vocab.canonical("Reutersu") == "Reuters"
    assert vocab.canonical("Reuter") == "Reuters"
    assert vocab.canonical("EXW", "wire") == "Example Wire"


def test_file_mistakes_are_rejected():
    with pytest.raises(ValidationError, match="listed twice"):
        Vocab(agencies=(Agency(name="X"), Agency(name="x")))
    with pytest.raises(ValidationError, match="invalid regular expression"):
        Vocab(phrases={"f": {"en": ("(",)}})
    with pytest.raises(ValidationError):
        Vocab.model_validate({"agencies": [], "colours": []})


def test_vocab_is_not_a_pack():
    from validator.policy import builtin_packs
    assert "vocab" not in builtin_packs()


def test_case_rule_for_short_codes_and_per_agency_override():
    ap = next(a for a in vocab.agencies() if a.name == "AP")
    assert ap.exact("AP") and not ap.exact("Associated Press")
    assert vocab.canonical("ap") == "AP"  # a look-up of a name given as data ignores case
    assert vocab.canonical("ap", strict=True) is None and vocab.canonical("AP", strict=True) == "AP"
    assert vocab.canonical("Sana", "wire", strict=True) is None  # SANA is `case: exact`
    assert vocab.canonical("reuters", strict=True) == "Reuters"


def test_extension_may_relax_the_case_rule():
    vocab.extend(Vocab(agencies=(Agency(name="AP", case="any"),)))
    assert vocab.canonical("ap", strict=True) == "AP"
    assert compile_pattern(r"^{@wire_agencies}$").search("ap")


def test_shipped_vocabulary_passes_the_full_validation():
    """The shipped file is loaded without compiling each phrase (and with libyaml when
    built in); validated in full, as a project's ``vocab:`` is, it holds the same data."""
    import yaml

    with open(vocab._vocab_path(), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert Vocab.model_validate(data) == vocab._base()
    with pytest.raises(ValidationError, match="invalid regular expression"):
        Vocab.model_validate({"phrases": {"f": {"en": ["("]}}})
