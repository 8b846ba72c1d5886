"""The constructions on real parses: each one present, absent and its look-alikes (traps), the
rewrites (separable verbs, agreement, tense), spans in the original text, and the report."""
import pytest

from readability import constructions
from readability.engine import analyse, parse

LETTER = """Beste ouders,

Op vrijdag is de sportdag. Het vervoer wordt door de ouderraad geregeld.
Wij sturen u de uitnodiging voor de ouderavond van groep 8 in de loop van volgende week op.

Groet,
Juf Anna
"""


def found(text: str, rule: str, target: str = "A2") -> list:
    """Findings of one rule in `text`, every span checked against the text."""
    analysis = parse(text)
    result = []
    for unit in analysis.units:
        items = constructions.find_constructions(unit, target)
        for finding in constructions.as_findings(unit, items, target, above_target=False):
            assert text[finding.start:finding.end] == finding.text
            if finding.rule == rule:
                result.append(finding)
    return result


def rewrite(text: str, rule: str = "passive") -> str | None:
    findings = found(text, rule)
    assert len(findings) == 1, findings
    return findings[0].suggestions[0] if findings[0].suggestions else None


def test_registry_rules_and_data():
    assert [module.RULE for module in constructions.REGISTRY] == ["passive", "verb-bracket", "nominal-style", "long-sentence"]
    for module in constructions.REGISTRY:
        assert set(module.data()["severity"]) == {"A1", "A2", "B1"}


# passive ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Het vervoer wordt door de ouderraad geregeld.", "wordt door de ouderraad geregeld"),
    ("Het formulier moet voor vrijdag worden ingevuld.", "worden ingevuld"),
    ("Wij hopen dat het formulier snel ingevuld wordt.", "ingevuld wordt"),
    ("Het formulier is door de mentor ingevuld.", "is door de mentor ingevuld"),
    ("Er wordt in de klas niet gegeten.", "wordt in de klas niet gegeten"),
    ("De kinderen van groep 8 worden volgende week door de wijkagent over veilig internet voorgelicht.",
     "worden volgende week door de wijkagent over veilig internet voorgelicht"),
])
def test_passive_present(text, span):
    assert [f.text for f in found(text, "passive")] == [span]


@pytest.mark.parametrize("text", [
    "De trein is om acht uur vertrokken.",  # perfect with zijn
    "Het aantal luizenmoeders is dit jaar sterk teruggelopen.",  # perfect with zijn, separable verb
    "Mijn zoon wordt volgende week tien jaar.",  # worden as 'become'
    "Zij is vorig jaar juf geworden.",
    "De school is op vrijdag gesloten.",  # a state
    "Indien u verhinderd bent, kunt u bellen.",
    "Wij hebben het formulier gisteren ingevuld.",  # perfect with hebben
    "De lessen geven wij in het nieuwe gebouw.",
])
def test_passive_absent(text):
    assert found(text, "passive") == []


def test_passive_state_with_agent_is_passive():
    assert len(found("De school is door de directie gesloten.", "passive")) == 1


@pytest.mark.parametrize("text, active", [
    # separable verbs split, the verb agreeing with the new subject
    ("Het verhaal wordt door een ouder voorgelezen.", "Een ouder leest het verhaal voor."),
    ("De kinderen worden om acht uur door de bus opgehaald.", "De bus haalt de kinderen om acht uur op."),
    ("De kinderen worden door de ouders gebracht.", "De ouders brengen de kinderen."),
    ("Het kind wordt door een ouder gebracht.", "Een ouder brengt het kind."),
    ("Het geld wordt door de ouders en de school betaald.", "De ouders en de school betalen het geld."),
    ("Het wordt door ons geregeld.", "Wij regelen het."),
    # tense kept
    ("Het verhaal werd door de juf voorgelezen.", "De juf las het verhaal voor."),
    ("Het schoolreisje werd vorig jaar door de ouderraad georganiseerd, omdat de juf ziek was.",
     "De ouderraad organiseerde het schoolreisje vorig jaar, omdat de juf ziek was."),
    # modal verbs, the passive perfect, a first phrase that stays first, an agent after the verb
    ("Het formulier moet door de ouders worden ingevuld.", "De ouders moeten het formulier invullen."),
    ("Het formulier is door de mentor ingevuld.", "De mentor heeft het formulier ingevuld."),
    ("Door de ouderraad wordt het vervoer geregeld.", "De ouderraad regelt het vervoer."),
    ("Het project wordt gecoördineerd door een team van ouders.", "Een team van ouders coördineert het project."),
    # no agent, but the school is clearly the one who does it
    ("U wordt van harte uitgenodigd voor de ouderavond.", "Wij nodigen u van harte uit voor de ouderavond."),
    ("Er wordt van u verwacht dat u op tijd komt.", "Wij verwachten van u dat u op tijd komt."),
])
def test_passive_rewritten_to_active(text, active):
    assert rewrite(text) == active


def test_passive_without_agent_asks_who_does_it():
    findings = found("Het vervoer wordt geregeld.", "passive")
    assert findings[0].suggestions == []
    assert "Wie regelt dat?" in findings[0].message
    findings = found("Het verhaal wordt elke ochtend voorgelezen.", "passive")
    assert "Wie leest dat voor?" in findings[0].message


@pytest.mark.parametrize("text", [
    "Wordt het vervoer door de ouderraad geregeld?",  # a question
    "Het formulier moet uiterlijk vrijdag door beide ouders worden ingevuld en ondertekend.",  # coordinated
    "Leerlingen die niet tijdig intekenen, worden door de roostermaker ingedeeld.",  # subject with a clause
])
def test_passive_without_safe_rewrite_gets_none(text):
    assert rewrite(text) is None


# verb bracket -------------------------------------------------------------------------------

def test_verb_bracket_names_both_parts():
    [finding] = found("Wij sturen u de uitnodiging voor de ouderavond van groep 8 in de loop van volgende week op.",
                      "verb-bracket")
    assert finding.text.startswith("sturen") and finding.text.endswith("op")
    assert finding.message.startswith("'sturen' ... 'op' staan ver uit elkaar")


@pytest.mark.parametrize("text, first, last", [
    ("Wij hebben de data van alle vakanties en studiedagen voor het nieuwe schooljaar op de website gezet.", "hebben", "gezet"),
    ("De student dient uiterlijk vrijdag 23 januari een keuze te maken uit het aanbod.", "dient", "maken"),
    ("Geeft u de antwoordstrook met uw handtekening uiterlijk vrijdag aan de leerkracht van uw kind terug?", "Geeft", "terug"),
    ("Het verhaal wordt elke ochtend door een van de leesouders voorgelezen.", "wordt", "voorgelezen"),
])
def test_verb_bracket_present(text, first, last):
    [finding] = found(text, "verb-bracket")
    assert finding.text.split()[0] == first and finding.text.rstrip("?.").split()[-1] == last


@pytest.mark.parametrize("text", [
    "Wij sturen u de uitnodiging volgende week op.",  # 4 words between
    "Ik denk dat wij u de uitnodiging voor de ouderavond van groep 8 volgende week sturen.",  # subordinate clause
    "Wij organiseren een informatieavond op donderdag 16 mei om 19.30 uur.",  # 'om' is no particle of organiseren
    "Wij hebben de kinderen gevraagd om voor de ouderavond van groep 8 een mooie tekening te maken.",
])
def test_verb_bracket_absent(text):
    assert found(text, "verb-bracket") == []


# nominal style ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("De directie zal binnenkort een beslissing nemen over de schooltijden.", "beslissen"),
    ("Wij voeren op maandag een controle uit.", "controleren"),
    ("Ter voorbereiding op de toets krijgt uw kind een oefenboekje mee.", "voorbereiden"),
    ("De school gaat over tot aanschaf van nieuwe laptops.", "kopen"),
    ("Wij nemen uw aanvraag zo snel mogelijk in behandeling.", "behandelen"),
    ("De ouderraad draagt zorg voor de koffie.", "zorgen"),
    ("Betaling geschiedt via automatische incasso.", "betalen"),
    ("Na afloop van de les vindt een evaluatie plaats.", "evalueren"),
    ("Het bestuur heeft besloten tot sluiting van de locatie.", "sluiten"),
])
def test_nominal_style_present_with_plain_verb(text, verb):
    [finding] = found(text, "nominal-style")
    assert finding.suggestions == [verb] and f"'{verb}'" in finding.message


def test_nominal_style_span_covers_a_separable_carrier():
    [finding] = found("Wij voeren op maandag een controle uit.", "nominal-style")
    assert finding.text == "voeren op maandag een controle uit"


@pytest.mark.parametrize("text", [
    "De toestemming moet voor vrijdag binnen zijn.",  # plain nouns
    "De inschrijving sluit op 1 mei.",
    "De staking gaat door.",
    "Het gesprek met de mentor is op dinsdag.",
    "Wilt u contact opnemen met de mentor?",  # everyday phrases
    "U kunt toestemming geven via het formulier.",
    "Wij willen graag een afspraak maken.",
    "De ouderavond vindt plaats in de aula.",  # an event that is no verb made noun
    "Wij verzoeken u uw opmerkingen tijdens het gesprek kenbaar te maken.",
])
def test_nominal_style_absent(text):
    assert found(text, "nominal-style") == []


# long sentence ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, split", [
    ("De kinderen krijgen volgende week een brief mee over de sportdag, maar u kunt de informatie ook al in de app lezen.",
     "De kinderen krijgen volgende week een brief mee over de sportdag. Maar u kunt de informatie ook al in de app lezen."),
    ("De ouderavond gaat over de nieuwe methode voor rekenen en taal; de leerkrachten vertellen u er graag meer over.",
     "De ouderavond gaat over de nieuwe methode voor rekenen en taal. De leerkrachten vertellen u er graag meer over."),
    # a separable verb moves without its particle; "openen" is no "op" + "enen"
    ("De kinderen brengen het formulier mee naar de juf van groep 4, die het op maandag om acht uur van de kinderen ophaalt.",
     "De kinderen brengen het formulier mee naar de juf van groep 4. Die haalt het op maandag om acht uur van de kinderen op."),
    ("Wij gaan met de hele klas naar het museum in Amsterdam, dat op dinsdag om tien uur 's ochtends voor ons de deuren opent.",
     "Wij gaan met de hele klas naar het museum in Amsterdam. Dat opent op dinsdag om tien uur 's ochtends voor ons de deuren."),
    ("Wij nodigen u uit voor de informatieavond over de overstap naar het voortgezet onderwijs, die op dinsdag 12 maart wordt gehouden.",
     "Wij nodigen u uit voor de informatieavond over de overstap naar het voortgezet onderwijs. Die wordt op dinsdag 12 maart gehouden."),
])
def test_long_sentence_split_in_two(text, split):
    [finding] = found(text, "long-sentence")
    assert finding.suggestions == [split]
    assert finding.text == text


@pytest.mark.parametrize("text", [
    # the second part has no subject of its own: "Eten daar ..." would not be a sentence
    "Wij gaan met alle kinderen van groep 5 en 6 naar het museum en eten daar samen een ijsje in de tuin.",
    # a subordinate clause cannot stand alone
    "Wij vragen u om het formulier voor vrijdag in te leveren omdat wij anders de bus voor de excursie niet kunnen bestellen.",
])
def test_long_sentence_without_safe_split(text):
    [finding] = found(text, "long-sentence")
    assert finding.suggestions == []
    assert "Lange zin" in finding.message


def test_long_sentence_depends_on_target():
    text = "Wij gaan op vrijdag met alle kinderen van groep 5 naar het museum in de stad."  # 17 words
    assert len(found(text, "long-sentence", "A2")) == 1
    assert found(text, "long-sentence", "B1") == []


# the report ---------------------------------------------------------------------------------

def test_constructions_in_the_report_on_any_sentence():
    report = analyse(LETTER)
    by_rule = {f.rule: f for f in report.findings}
    passive = by_rule["passive"]
    assert report.text[passive.start:passive.end] == "wordt door de ouderraad geregeld"
    assert passive.suggestions == ["De ouderraad regelt het vervoer."]
    assert passive.severity in ("info", "warning")
    bracket = by_rule["verb-bracket"]
    assert bracket.text.startswith("sturen") and bracket.text.endswith("op")
    assert report.stats.passives == 1
    # sentence rewrites are offered, never applied silently
    assert "De ouderraad regelt" not in report.improved_text
    assert all(f.severity != "error" for f in report.findings if f.rule in constructions.RULES)


def test_sentence_level_reasons_name_the_constructions():
    text = ("Beste ouders,\n\nMiddels deze brief willen wij u informeren over de gewijzigde procedure omtrent de "
            "absentenregistratie, welke met ingang van het nieuwe schooljaar door de verzuimcoördinator zal worden "
            "uitgevoerd.\n")
    report = analyse(text)
    [hard] = [s for s in report.sentences if s.reasons]
    assert hard.reasons[0].startswith("Lange zin: 27 woorden")
    assert "Lijdende vorm: 'worden uitgevoerd'." in hard.reasons
    assert not any("horen bij elkaar" in r or "Werkwoord als zelfstandig naamwoord" in r for r in hard.reasons)
