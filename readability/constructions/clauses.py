"""Small facts about tokens and clauses that several constructions share.

The parse of letters is not always right, so where a construction needs "the rest of this
clause" it is read from the words as well: a clause runs on until a semicolon or colon, a
subordinating word, a relative pronoun, another finite verb, or a comma or "en"/"maar" that
opens a new clause; parentheses are skipped.
"""
from __future__ import annotations

from spacy.tokens import Token

from readability.constructions import verbs
from readability.constructions.verbs import fits_participle, infinitive_of, looks_like_participle

CLAUSE_PUNCTUATION = {",", ";", ":", "(", ")", "-", "–"}
CLAUSE_ENDS = {";", ":", "–"}
# After a comma these start a clause of their own, whatever the tagger made of them.
CLAUSE_WORDS = {"die", "dat", "welke", "wat", "wie", "waar", "waarbij", "waarin", "waarop", "waardoor", "waarna",
                "waarmee", "waarvoor", "waarover", "wanneer", "hoe", "zodat", "omdat", "terwijl", "nadat", "voordat",
                "teneinde", "opdat", "indien", "mits", "tenzij", "zodra", "alvorens", "hoewel", "hetgeen"}


def is_verb_word(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("WW")


def is_finite(token: Token) -> bool:
    """A finite verb form (by tag, or by morphology for a verb)."""
    return token.tag_.startswith("WW|pv") or token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def is_relative(token: Token) -> bool:
    """'die', 'dat', 'welke' as relative pronouns (by tag or morphology)."""
    return token.pos_ in ("PRON", "DET", "SCONJ") and ("betr" in token.tag_ or "Rel" in token.morph.get("PronType"))


def is_participle(token: Token) -> bool:
    """A past participle: its form, a verb tag (or an adjective the lemmatiser saw as a verb form)
    and an infinitive it comes from ('geven' has none, so it is no participle)."""
    if not looks_like_participle(token.text) or token.tag_.startswith("WW|od"):
        return False
    if token.pos_ == "ADJ" and not token.tag_.startswith("WW"):
        return token.lemma_.lower() != token.lower_
    infinitive = infinitive_of(token.text, token.lemma_)
    if infinitive is None or not fits_participle(token.text, infinitive) or _present_form(token, infinitive):
        return False
    if not is_verb_word(token):  # "toegelicht" tagged as a noun: only at the end of its clause, after no article
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return (token.i == 0 or token.nbor(-1).pos_ != "DET") and (
            following is None or following.is_punct or is_verb_word(following))
    return infinitive != token.lower_ or token.tag_.startswith("WW|vd")  # "ontvangen", "vergeten"


def is_attributive(token: Token) -> bool:
    """'een door SBB erkend leerbedrijf': a participle as an adjective before its noun, not a verb."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ == "amod" or following is not None and following.pos_ == "NOUN" and token.head == following


def _present_form(token: Token, infinitive: str) -> bool:
    """'vervalt', 'betaalt': tagged present tense and spelled as the present of the verb."""
    return token.tag_.startswith("WW|pv|tgw") and token.lower_ in verbs.finite_forms(verbs.separable_split(infinitive)[1])


def is_infinitive(token: Token) -> bool:
    """'invullen', 'worden', 'zijn' as verbs (not 'het lezen', not a finite plural)."""
    if token.tag_.startswith("WW|inf"):
        return not token.tag_.startswith("WW|inf|nom") and not (token.i > 0 and token.nbor(-1).pos_ == "DET")
    return token.pos_ in ("VERB", "AUX") and token.lower_ == token.lemma_.lower() and token.lower_.endswith(("en", "n")) \
        and not starts_clause(token)  # "een tijd kiezen" tagged as a finite plural


def starts_clause(token: Token) -> bool:
    """A subordinating word (not "te", not "om" before a time; the parser's "mark" on "via" is no
    reason), a relative pronoun or a finite
    verb (not a participle, noun or infinitive the tagger took for one)."""
    if token.lower_ in ("te", "om"):
        return opens_te_clause(token) and token.lower_ == "om"
    return (token.pos_ == "SCONJ" or is_relative(token)
            or is_verb_word(token) and is_finite(token) and not is_participle(token) and not _after_article(token)
            and verbs.is_infinitive(token.lemma_.lower()) and (token.lower_ != token.lemma_.lower() or _clause_second(token)))


def _finite_after_conjunction(token: Token) -> bool:
    """'en zullen de doelen ...': after "en" or a comma even an infinitive-like plural opens a clause."""
    return is_verb_word(token) and is_finite(token) and not is_participle(token) and verbs.is_infinitive(token.lemma_.lower())


def _clause_second(token: Token) -> bool:
    """'en wij gaan', ', dan kunnen': a plural spelled as the infinitive is finite only right after
    a subject pronoun or after an adverb that opens a clause (else: 'een tijd kiezen', 'graag komen')."""
    if token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    if "Nom" in previous.morph.get("Case"):
        return True
    before = token.doc[token.i - 2] if token.i >= 2 else None
    return previous.pos_ == "ADV" and (before is None or before.text in CLAUSE_PUNCTUATION or before.pos_ == "CCONJ")


def opens_te_clause(token: Token) -> bool:
    """'te' before an infinitive, or 'om' of 'om ... te' (not 'om 9.00 uur')."""
    if token.lower_ == "te":
        return True
    following = token.doc[token.i + 1:]
    return token.lower_ == "om" and len(following) > 0 and following[0].pos_ != "NUM" and any(
        t.lower_ == "te" for t in following)


def _after_article(token: Token) -> bool:
    """'op dinsdagavond', 'een aangifte': a word the tagger took for a verb after a preposition or article."""
    return token.i > 0 and token.nbor(-1).pos_ in ("ADP", "DET") and token.nbor(-1).dep_ != "compound:prt"


def clause_break(token: Token) -> bool:
    """Where another clause may start: punctuation between clauses or a clause-starting word."""
    return token.text in CLAUSE_PUNCTUATION or starts_clause(token)


def rest_of_clause(token: Token) -> list[Token]:
    """The words after `token` up to the end of its clause (see the module's docstring)."""
    doc, words, depth = token.doc, [], 0
    for word in doc[token.i + 1:]:
        if word.text == "(" or depth and ")" in word.text:  # "ouder(s)/verzorger(s)" has its own bits
            depth = depth + 1 if word.text == "(" else depth - 1
            continue
        if depth or word.text == ")":
            continue
        if word.text in CLAUSE_ENDS or starts_clause(word):
            break
        if word.text == "," or word.pos_ == "CCONJ":
            following = doc[word.i + 1] if word.i + 1 < len(doc) else None
            if following is None or following.pos_ == "CCONJ" or following.lower_ in CLAUSE_WORDS or starts_clause(
                    following) or _finite_after_conjunction(following):
                break  # ", en", ", die", "en kan ...": a new clause
        words.append(word)
    return words
