"""Function words (Latin script): whose they are, and Kurmanji told from Turkish."""

from __future__ import annotations

from dataclasses import dataclass

STOPWORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": "the a an of and to in is that for on with was as by it its from at he his her she they their them i "
          "have has had be been were are which who this these those not but said will would also after "
          "than more about into over we you there when what one all can could against while during "
          "between before under since because only other some such then two first told people no do met per",
    "fr": "le la les de des du un une et est en dans pour que qui sur au aux avec par ne pas plus ce "
          "cette ces son sa ses il elle ils elles été ont sont mais ou comme on selon leur leurs lors "
          "après avant entre sans sous dont était être aussi d l qu n sein",
    "de": "der die das und ist in den von zu mit sich des auf für nicht im dem eine ein einer eines als "
          "auch es an werden aus er hat dass sie nach bei um noch wie über zum zur vor durch wurde "
          "wurden sind war bis sein seine ihre haben oder aber wird gegen unter seit dieser diese am sagte",
    "es": "el la los las de del en y que un una es se por con para su sus al lo como más pero este esta "
          "fue han ha sobre entre sin también tras según desde cuando ya muy hasta dijo son le les",
    "it": "il lo la i gli le di del della dei delle da dal dalla in con su per tra fra un una uno che è e "
          "non si sono ha anche al alla ai nel nella più ma dopo secondo questo questa stato stata",
    "pt": "o a os as de do da dos das em no na nos nas um uma e que com por para pelo pela ao aos não "
          "se mais mas como foi é são ser sua seu suas seus também entre sobre após segundo disse já",
    "nl": "de het een en van in is dat op te voor met zijn niet die aan er door als bij om ook maar dan "
          "nog uit naar over tot werd worden wordt heeft hebben was zij hij ze deze dit of na",
    "tr": "ve bir bu da de ile için olarak olan gibi daha çok en ama ancak kadar sonra ise ne o şu her "
          "diye değil var yok göre üzere tarafından ki mi olduğu olduğunu ya veya ayrıca içinde",
    "kmr": "û ji di de ku bi li ya yê ên wî wê ev ew jî ne bo re ra da heta hemû pir nav ser dema piştî "
           "berî wan me min te we hene heye bû dibe dike kir got lê yan çi çawa wekî hatiye tê dê",
}.items()}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _list in sorted(STOPWORDS.items()):
    for _w in _list:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
_KMR_ONLY = frozenset(w for w in STOPWORDS["kmr"] if _LANGS_OF[w] == ("kmr",))
#: for each language, its function words no other language has, and the others'
_UNIQUE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    lang: (frozenset(w for w, ls in _LANGS_OF.items() if ls == (lang,)),
           frozenset(w for w, ls in _LANGS_OF.items() if len(ls) == 1 and ls != (lang,)))
    for lang in STOPWORDS
}
#: the share of the words a language's function words must make: to confirm
#: the expected language, and to name another one
EXPECTED_SHARE, NAMED_SHARE = 0.08, 0.2


@dataclass(frozen=True)
class FunctionWords:
    """The function words among a text's words, by language."""

    words: int  # all the words
    known: int  # the words that are function words of some language
    counts: dict[str, int]  # function words of each language
    unique: dict[str, int]  # function words of only that language

    def ranked(self) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def agreement(self, lang: str) -> float:
        """The share of the function words unique to one language that are ``lang``'s."""
        total = sum(self.unique.values())
        return self.unique.get(lang, 0) / total if total else 0.0


def function_words(words: list[str]) -> FunctionWords:
    counts: dict[str, int] = {}
    unique: dict[str, int] = {}
    known = 0
    for w in words:
        langs = _LANGS_OF.get(w)
        if langs:
            known += 1
            for lang in langs:
                counts[lang] = counts.get(lang, 0) + 1
            if len(langs) == 1:
                unique[langs[0]] = unique.get(langs[0], 0) + 1
    return FunctionWords(len(words), known, counts, unique)


def _is_kurmanji(text: str, words: list[str], letters: int, fw: FunctionWords) -> bool:
    if fw.counts.get("kmr", 0) < 0.15 * len(words):
        return False
    low = text.lower()
    circumflex = low.count("ê") + low.count("î") + low.count("û")
    turkish = sum(low.count(c) for c in "ığöü")
    unique = sum(1 for w in words if w in _KMR_ONLY)
    return circumflex >= 0.01 * letters and turkish * 4 <= circumflex and unique >= 2
