"""Lookup fallback for lemmas of words the trained lemmatizer never saw.

The edit-tree lemmatizer of nl_ouderbrief is trained on ~60k tokens; for words
outside that vocabulary it guesses a suffix rule, which is often wrong. This
component (``ouderbrief_lemma_fallback``, placed after ``trainable_lemmatizer``)
replaces the lemma of such *unseen* content words by the lemma from the Dutch
lookup table of ``spacy-lookups-data`` (nl_lemma_lookup, MIT licence) when the
word is listed there. Words seen in training keep the model's (contextual) lemma,
except verbs for which the model returned the word form itself or a lemma that is no
lemma of the table at all, while the table knows one (irregular forms such as
"gingen" -> "gaan"; an edit tree applied to the wrong verb: "voorgelezen" ->
"voorlijzen" instead of "voorlezen").

Its tables are serialised inside the pipeline directory (``lemma_fallback/``),
so loading needs neither ``spacy-lookups-data`` nor the training data. spaCy finds
the factory through the ``spacy_factories`` entry point of the ``ouderbrief``
package (pyproject.toml); importing this module registers it as well.
"""


from pathlib import Path
from typing import Dict, Iterable, List, Set

import srsly
from spacy.language import Language
from spacy.tokens import Doc

FILE_NAME = "tables.msgpack"
VERBAL = {"VERB", "AUX"}
DEFAULT_POS = ["NOUN", "VERB", "ADJ", "AUX", "PRON", "DET", "ADV", "PROPN"]


class LemmaLookupFallback:
    def __init__(self, nlp: Language, name: str, pos: Iterable[str]):
        self.name = name
        self.pos = set(pos)
        self.known: Set[str] = set()
        self.table: Dict[str, str] = {}
        self.lemmas: Set[str] = set()

    def set_tables(self, known: Iterable[str], table: Dict[str, str]) -> None:
        self.known = set(known)
        self.table = dict(table)
        self.lemmas = set(self.table.values())

    def _trusted(self, tok) -> bool:
        """Keep the model's lemma of a word seen in training, unless it is a verb whose lemma is
        its own form or a word the table does not know as a lemma."""
        if tok.lower_ not in self.known:
            return False
        if tok.pos_ not in VERBAL:
            return True
        return tok.lemma_ not in (tok.text, tok.lower_) and tok.lemma_ in self.lemmas

    def __call__(self, doc: Doc) -> Doc:
        table, pos = self.table, self.pos
        for tok in doc:
            if tok.pos_ not in pos or self._trusted(tok):
                continue
            lemma = table.get(tok.text) or table.get(tok.lower_)
            if lemma:
                tok.lemma_ = lemma
        return doc

    # serialisation -----------------------------------------------------
    def _data(self) -> dict:
        # newline-joined strings load ~10x faster than a msgpack map of 200k entries
        forms = list(self.table)
        return {
            "format": 2,
            "known": "\n".join(sorted(self.known)),
            "forms": "\n".join(forms),
            "lemmas": "\n".join(self.table[f] for f in forms),
        }

    def _load(self, data: dict) -> None:
        self.known = set(data["known"].split("\n")) if data["known"] else set()
        forms = data["forms"].split("\n") if data["forms"] else []
        lemmas = data["lemmas"].split("\n") if data["lemmas"] else []
        self.table = dict(zip(forms, lemmas))
        self.lemmas = set(self.table.values())

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self._data())

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self._load(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / FILE_NAME, self._data())

    def from_disk(self, path, *, exclude=tuple()):
        self._load(srsly.read_msgpack(Path(path) / FILE_NAME))
        return self


@Language.factory(
    "ouderbrief_lemma_fallback",
    default_config={"pos": DEFAULT_POS},
    assigns=["token.lemma"],
    requires=["token.pos", "token.lemma"],
)
def make_lemma_fallback(nlp: Language, name: str, pos: List[str]) -> LemmaLookupFallback:
    return LemmaLookupFallback(nlp, name, pos)
