"""Each element of an invitation, written in many ways: one sentence of a complete invitation is
swapped for another phrasing, and only that element may change. (Sentences written for this test.)"""
import pytest

from checks_support import findings

BASE = {
    "what": "Wij nodigen u uit voor de kerstmarkt van groep 4.",
    "when": "Het is op donderdag 12 december van 17.00 tot 19.00 uur.",
    "where": "Dat is op het schoolplein van De Regenboog.",
    "why": "De kinderen verkopen zelfgemaakte kaarten, zodat we geld hebben voor een goed doel.",
    "bring": "Neem wat kleingeld mee.",
    "respond": "Laat vóór maandag 9 december weten of u komt.",
    "contact": "Heeft u een vraag? Mail meester Joost: j.smit@regenboog.nl.",
}


def letter(**swaps) -> str:
    sentences = {**BASE, **swaps}
    return "Beste ouders en verzorgers,\n\n" + "\n".join(sentences.values()) + "\n\nGroetjes,\nMeester Joost\n"


def missing(text: str) -> set[str]:
    return {f.rule.split(".", 1)[1] for f in findings(text, "invitation.")}


def test_the_base_letter_is_complete():
    assert missing(letter()) == set()


CASES = {
    "what": (
        ["Wij nodigen u uit voor een avond over gezond eten.",
         "Graag zien wij u bij de gastles van de brandweer.",
         "Wij zoeken ouders die willen helpen bij het versieren van de klas.",
         "Wij houden een voorleesontbijt en u bent welkom.",
         "Kom naar de opening van onze nieuwe speelplaats!",
         "Basisschool De Regenboog nodigt u uit voor de kerstmarkt van groep 4.",
         "Daarom houden wij een vossenjacht rond de school.",
         "Voor de kerstmarkt hebben we uw hulp hard nodig.",
         "Wij zoeken ouders die mee willen fietsen naar de kerstmarkt.",
         "Wij nodigen u uit voor een zorgoverleg over de kerstmarkt.",
         "Op donderdag is de voorlichting over de kerstmarkt en wij rekenen op uw komst.",
         "Wij nodigen u uit voor een overleg.\nIn dit overleg bekijken we samen hoe de kerstmarkt loopt.",
         "Wij nodigen u uit voor een avond over de kerstmarkt.",
         "U bent welkom om de aankomst van de Sint mee te vieren.",
         "Voor deze dag zoeken wij ouders die willen meegaan als begeleider.",
         "Op vrijdag geeft groep 4 een concert. We hopen dat u komt luisteren.",
         "Wij nodigen u uit voor de proeverij van de kerstmarkt.",
         "Kom naar het taalcafé bij de kerstmarkt!",
         "Wij nodigen u uit voor een multidisciplinair overleg.",
         "Voor u is er ook een bijeenkomst. Dan kunt u de juf van de kerstmarkt ontmoeten.",
         "Wij organiseren een thema-avond omtrent gamen en schermtijd, en u bent welkom.",
         "Wij nodigen u uit voor een avond.\n\nTijdens de avond wordt ingegaan op de kerstmarkt.",
         "Daarom vertel ik u graag meer over de kerstmarkt. Ik nodig u uit voor een korte avond."],
        ["Wij nodigen u uit voor een bijeenkomst.",
         "Wij houden een activiteit voor ouders.",
         "Wij nodigen u uit. Wat we gaan doen, is een verrassing.",
         "Voorafgaand aan de excursie wordt een bijeenkomst voor ouders georganiseerd.",
         "Daarom houden wij een bijeenkomst voor ouders.",
         "Wij nodigen u uit voor een overleg.",
         "Wij nodigen u uit voor een avond over de kerst.\nHet programma van de avond sturen wij later.",
         "Wij nodigen u uit voor een middag. De invulling volgt binnenkort.",
         "Wij hopen u te zien op onze middag. Het programma maken we later bekend.",
         "Wij organiseren een thema-avond voor ouders. Het programma volgt nog."],
    ),
    "when": (
        ["Het is op donderdag 12 december om half zes.",
         "Het is op 12-12 van 17:00 tot 19:00.",
         "Het begint op woensdagmiddag om 14.00 uur.",
         "Het is elke dinsdagavond van 19.00 tot 20.00 uur.",
         "Datum: vrijdag 13 december\nTijd: 18.30 uur",
         "Het is op donderdag 12 december.\n\nWe vertrekken om 17.00 uur vanaf school.",
         "Het is op donderdag 12 december.\n\nVoor ouders is het van 17.00 tot 19.00 uur."],
        ["Het is in week 50.",
         "Het is op donderdag 12 december.",
         "Het is 's avonds, in december.",
         "Het begint om 17.00 uur.",
         "Het is op donderdag 12 december tussen 13.00 en 16.00 uur. Het exacte tijdstip hoort u t.z.t.",
         "Het is op donderdagochtend 12 december in lokaal 0.14.",
         "Het is in de week van 9 december. De exacte datum wordt z.s.m. gecommuniceerd.",
         "Het is op donderdag 12 december, tussen 13.00 en 16.00 uur. Hoe laat uw kind aan de beurt is, hoort u van de juf."],
    ),
    "where": (
        ["Dat is in gymzaal 2.",
         "Het is online, via Teams.",
         "Adres: Kerkstraat 5 in Delft.",
         "We zijn in de aula van de school.",
         "Het is in lokaal 12.",
         "Het is in de IB-ruimte op de eerste verdieping.",
         "We ontvangen u in de spreekkamer naast de hal.",
         "Locatie: sporthal De Boog.",
         "Het is in het Groene Huis, Dorpsstraat 4.",
         "De kinderen eten in hun eigen klas.",
         "Het gesprek is in kamer 1.12.",
         "Het is op donderdag 12 december van 17.00 tot 19.00 uur.\n\nBeide keren zijn in de kantine.",
         "Dat is in dorpshuis De Brink in Holtwijk."],
        ["Waar het is, hoort u later.",
         "Dat is op het schoolplein. Het lokaal volgt nog.",
         "De kinderen reizen daarna met de bus naar Artis.",
         "De locatie wordt later bekendgemaakt.",
         "Waar we verzamelen, horen alle hulpouders een paar dagen van tevoren."],
    ),
    "why": (
        ["De kinderen verkopen kaarten, want we sparen voor een goed doel.",
         "Wij vertellen over het goede doel van dit jaar.",
         "Zo kunt u andere ouders leren kennen.",
         "Gezien het feit dat de klas geld nodig heeft, verkopen de kinderen kaarten.",
         "U loopt met een groepje kinderen langs de kraampjes.",
         "De juf legt uit hoe de kinderen de kaarten maken.",
         "Wij laten u zien wat de kinderen hebben gemaakt.",
         "U hoort hoe de kinderen het geld besteden.",
         "De opbrengst is voor nieuwe boeken voor de bibliotheek.",
         "Elk kraampje heeft een volwassene nodig.",
         "De kinderen vinden het fijn als er publiek is.",
         "Ten behoeve van de kerstmarkt zoeken wij hulp.",
         "Samen kaarten verkopen is gezellig.",
         "U bent welkom om mee te eten met uw kind.",
         "Komt u kijken? De kinderen vinden het super als er publiek is.",
         "Om de kraampjes te bemannen, zoeken wij hulp.",
         "Teneinde de kinderen te steunen, organiseren wij deze markt.",
         "De opbrengst gaat dit jaar naar nieuwe speeltoestellen."],
        ["De kinderen verkopen kaarten.",
         "Kinderen die niet meegaan, blijven op school.",
         "Wij hopen u daar te zien.",
         "Wij rekenen op uw komst.",
         "Wij hopen op een mooie opkomst!",
         "Laat het weten, zodat we weten hoeveel stoelen er nodig zijn.",
         "Heeft u een tolk nodig?",
         "Wij vragen u om iets lekkers mee te nemen."],
    ),
    "bring": (
        ["U hoeft niets mee te nemen.",
         "Trek warme kleren aan.",
         "Zorg voor een eigen beker.",
         "Breng een tas mee voor de kaarten.",
         "Meenemen: een pen en wat kleingeld.",
         "Wilt u uw identiteitsbewijs meenemen?",
         "Neemt u het rapport van uw kind mee?",
         "Graag meenemen: een lunchpakket en drinken.",
         "U hoeft zelf niets te regelen of mee te nemen.",
         "Breng gerust een hapje mee voor bij de koffie.",
         "Geef uw kind een regenjas mee.",
         "Wat neemt uw kind mee? Een beker en een bord.",
         "Wat heeft u nodig? Een telefoon met camera.",
         "Vergeet uw laarzen niet mee te nemen.",
         "Heeft u oude boeken? Breng ze dan vrijdag naar de gymzaal.",
         "U kookt thuis en brengt het eten tussen 11.00 en 11.30 uur naar de kantine."],
        ["Draag uw haar vast.",
         "De kinderen krijgen een kaart mee naar huis.",
         "Wij zorgen voor een hapje en een drankje.",
         "Uw kind neemt deze brief mee naar huis.",
         "Na afloop krijgt u een boekje mee.",
         "Er is koffie en thee.",
         "Neem gerust opa en oma mee.",
         "Breng ook uw partner mee.",
         "Breng uw kind om 8.30 uur naar de klas.",
         "U wordt door de juf meegenomen in de plannen.",
         "De kinderen dragen zwarte kleding. Zij dragen ook een pet.",
         "U mag uw baby of peuter meenemen."],
    ),
    "respond": (
        ["Meld u uiterlijk 9 december aan via Parro.",
         "Geef u vóór 9 december op bij de juf.",
         "Vul het strookje in en geef het vóór maandag aan de juf.",
         "U hoeft zich niet aan te melden.",
         "Stuur vóór 9 december een mail naar de juf als u komt.",
         "Graag een seintje vóór 9 december of u komt.",
         "Wij vragen u vóór 9 december in de app aan te geven of u komt.",
         "Graag horen wij vóór 9 december of u komt. Dat kan via het aanmeldformulier.",
         "Aanmelden hoeft niet, u kunt gewoon binnenlopen.",
         "Schrijf u uiterlijk woensdag in op de lijst bij het lokaal.",
         "Vul vóór 9 december het antwoordstrookje in.",
         "Reserveer uiterlijk 9 december een plek via de website.",
         "Vanaf maandag hangt er een lijst. Schrijf daar vóór 9 december uw naam op.",
         "Komt u? Zeg het tegen uw kind. Graag vóór 9 december.",
         "Aanmelden voor de kerstmarkt is niet noodzakelijk.",
         "Graag horen wij vóór 9 december met hoeveel personen u komt.\nDit kan via de mentor of via Magister."],
        ["Laat weten of u komt.",
         "Aanmelden kan via Parro.",
         "De leerlingen melden zich vóór 9 december aan bij hun mentor.",
         "Betaal vóór 9 december de bijdrage via de app.",
         "Graag horen wij of u komt.",
         "Wij hopen dat de kinderen zo snel mogelijk leren lezen. Opgeven kan bij de juf.",
         "Meld u aan via Parro. Tot donderdag 12 december!"],
    ),
    "contact": (
        ["Bel bij vragen 06-12345678.",
         "Heeft u een vraag? Spreek juf Anna aan op het plein.",
         "Vragen? Stuur de leerkracht van uw kind een bericht in Parro.",
         "Voor vragen kunt u contact opnemen met mevrouw De Wit.",
         "Vragen? Mail naar kerstmarkt@regenboog.nl.",
         "Met vragen kunt u terecht bij juf Sanne.",
         "Bel gerust met de administratie: 0187-654321.",
         "Heeft u vragen? Dan kunt u terecht bij meneer Bakker.",
         "Is iets niet duidelijk? App juf Esra op 06-98765432.",
         "Kunt u niet? Neem contact op met mevr. S. Özdemir, bereikbaar via 072-5163380.",
         "Stuur vóór 9 december een berichtje naar Hatice Yilmaz, telefoon 06-12345678.",
         "Heeft u vragen? Stuur mij gerust een bericht in Parro.",
         "Voor vragen kunt u terecht bij de administratie, telefoon 036 - 539 91 00.",
         "Vragen of een afspraak maken? Bel Hanneke op 020 - 258 44 19.",
         "Heeft u eerst nog een vraag? Stuur dan een bericht via Parro aan Yvonne de Bruin.",
         "Laat het vóór 9 december weten met een mail naar mij: j.smit@regenboog.nl."],
        ["U kunt uw vragen stellen op de markt.",
         "Geef uw naam door aan de leerkracht.",
         "Vragen? Kijk op onze website.",
         "Meer informatie vindt u in Parro.",
         "Meester Tim leest een kerstverhaal voor.",
         "Vragen kunt u stellen via het ouderportaal.",
         "Na afloop is er tijd om vragen te stellen.",
         "U kunt ook helpen: opgeven kan tot 5 december met een mail naar kerst@regenboog.nl.",
         "Bij verhindering mailt u naar kerst@regenboog.nl.",
         "De kinderen oefenen met meester Bas."],
    ),
}


@pytest.mark.parametrize("element,sentence,is_missing", [
    (element, sentence, is_missing)
    for element, (present, absent) in CASES.items()
    for is_missing, sentences in ((False, present), (True, absent))
    for sentence in sentences
])
def test_each_phrasing_of_an_element(element, sentence, is_missing):
    found = missing(letter(**{element: sentence}))
    assert (element in found) == is_missing, found
    assert found - {element, "working-hours"} == set(), found


def test_a_vague_meeting_gets_its_content_from_a_sentence_about_it():
    vague = "Wij nodigen u uit voor een bijeenkomst.\n\n"
    assert "what" in missing(letter(what=vague + "Het wordt gezellig."))
    assert "what" not in missing(letter(what=vague + "Op deze bijeenkomst praten wij over de kerstmarkt."))


def test_a_sign_up_for_a_new_school_is_not_the_answer_to_the_invitation():
    text = ("Beste ouders,\n\nWij nodigen u uit voor de open dag op zaterdag 1 februari van 10.00 tot 13.00 uur "
            "in de aula.\nU kunt uw kind daarna aanmelden voor onze school.\n\nDe aanmelding gaat via de website, "
            "uiterlijk 15 maart.\n\nU hoeft niets mee te nemen. U ziet de school, zodat u goed kunt kiezen.\n"
            "Vragen? Bel 012-3456789.\n")
    assert missing(text) == {"respond"}


@pytest.mark.parametrize("moment,in_working_hours", [
    ("Het is op donderdag 12 december om half tien.", True),
    ("Het is op donderdag 12 december van 9.00 tot 11.00 uur.", True),
    ("Het is op donderdag 12 december om half acht 's avonds.", False),
    ("Het is op zaterdag 14 december van 10.00 tot 12.00 uur.", False),
])
def test_working_hours_also_from_times_in_words(moment, in_working_hours):
    assert ("working-hours" in missing(letter(when=moment))) == in_working_hours


def test_an_imperative_come_is_an_invitation():
    text = ("Beste ouders,\n\nDe fotograaf komt op dinsdag 8 oktober.\nKom dan tussen 14.00 en 15.00 uur naar "
            "de speelzaal.\n")
    assert "working-hours" in missing(text)
    assert missing("Beste ouders,\n\nDe fotograaf komt op dinsdag 8 oktober naar school.\n") == set()


def test_needing_something_is_not_an_invitation():
    assert missing("Beste ouders,\n\nHet is nodig dat u uw kind om 12.00 uur uit school haalt.\n") == set()


# Mini letters in which a fact belongs to another event than the invitation (written for this test).
SHOW = ("Beste ouders,\n\nOp woensdag 9 april om 14.00 uur speelt groep 5 de voorjaarsvoorstelling in de aula. "
        "De kinderen spelen een toneelstuk over de lente, zodat u ziet wat ze geleerd hebben.\n\n"
        "U bent van harte welkom om te komen kijken. U hoeft niets mee te nemen.{reply}\n\n"
        "Voor het opbouwen van het decor zoeken we nog drie klussende ouders, op dinsdag 8 april om 15.00 uur. "
        "Schrijf u vóór 2 april in op de lijst bij de klas.\n\n"
        "Vragen? Mail juf Noor: n.bakker@school.nl.\n\nGroetjes,\nJuf Noor\n")


def test_the_sign_up_of_helpers_for_another_task_is_not_the_reply_to_the_show():
    assert missing(SHOW.format(reply="")) == {"respond", "working-hours"}
    assert missing(SHOW.format(reply=" Laat vóór 2 april weten of u komt.")) == {"working-hours"}


SPORTS = ("Beste ouders,\n\nOp zaterdag 17 mei van 10.00 tot 15.00 uur houden wij onze jaarlijkse sportdag.{place} "
          "Wij hebben twintig ouders nodig die een spel willen begeleiden, zodat alle kinderen veilig kunnen sporten.\n\n"
          "De peuters hebben 's ochtends een eigen programma in het speellokaal. Ook daar zijn twee ouders welkom om te helpen "
          "bij het schminken.\n\nGeef u vóór 1 mei op bij de leerkracht. Neem een flesje water mee.\n\n"
          "Vragen? Bel meester Ravi: 06-12345678.\n")


def test_the_place_of_a_side_programme_is_not_the_place_of_the_event():
    assert missing(SPORTS.format(place="")) == {"where"}
    assert missing(SPORTS.format(place=" Wij zijn op het sportveld aan de Parklaan.")) == set()


MARKET = ("Beste ouders,\n\nOp dinsdag 4 maart organiseren wij de beroepenmarkt. Daar praten de leerlingen met "
          "mensen uit veertig beroepen.\n\nOok voor ouders hebben we die middag iets gepland. Wij beginnen om 18.00 uur in "
          "de aula.{programme}\n\nMeld u vóór 25 februari aan via de website. U hoeft niets mee te nemen.\n"
          "Vragen? Mail mevrouw Yilmaz: s.yilmaz@college.nl.\n")


def test_an_event_for_the_pupils_does_not_say_what_the_parents_come_for():
    assert missing(MARKET.format(programme=" Het programma volgt later.")) == {"what", "why"}
    assert missing(MARKET.format(
        programme="\nOp deze middag vertellen de docenten over de stages, zodat u uw kind kunt helpen kiezen.")) == set()


TRIP = ("Beste ouders,\n\nIn juni gaan de leerlingen van klas 3 op werkweek naar de Ardennen.\n\n"
        "Voor ouders houden wij een avond over de werkweek. Die is op dinsdag 3 juni om 19.30 uur in de kantine. "
        "{programme}\n\nLaat vóór 27 mei via Magister weten of u komt. Neem het paspoort van uw kind mee.\n"
        "Vragen? Bel de heer Visser: 010-1234567.\n")


def test_a_topic_is_no_purpose_when_the_programme_follows_later():
    assert missing(TRIP.format(programme="Het programma van de avond sturen wij later.")) == {"what", "why"}
    assert missing(TRIP.format(programme="Op deze avond vertellen de docenten wat de leerlingen gaan doen.")) == set()


def test_the_deadline_of_the_pupils_own_sign_up_is_not_the_parents_reply():
    text = ("Beste ouders,\n\nWij nodigen u uit voor de voorlichting over de profielkeuze op maandag 10 maart om "
            "19.30 uur in de aula. U hoort welke vakken bij elk profiel horen. U hoeft niets mee te nemen.\n"
            "De leerlingen melden zich vóór 1 april aan bij hun mentor.\n\nVragen? Mail de decaan, "
            "mevrouw Peters: peters@college.nl.\n")
    assert missing(text) == {"respond"}


def test_a_signature_alone_is_no_contact():
    text = letter(contact="Tot dan!").replace("Groetjes,\nMeester Joost", "Met vriendelijke groet,\nJoost Smit\ndirecteur")
    assert missing(text) == {"contact"}


RIDE = ("Beste ouders,\n\nOp vrijdag 6 juni gaan de groepen 5 en 6 op schoolreis naar het Openluchtmuseum. "
        "Daarvoor zoeken wij hulpouders die een groepje willen begeleiden, zodat elk groepje een volwassene heeft. "
        "We vertrekken om 8.30 uur vanaf het schoolplein en zijn om 16.00 uur terug.\n\n"
        "Wie wil er ook rijden met de auto? Meld u vóór 23 mei aan bij de leerkracht.{moment}\n\n"
        "U hoeft niets mee te nemen, de lunch krijgt u van ons. Vragen? Bel juf Mirjam: 0342-123456.\n")


def test_another_task_without_a_moment_of_its_own_is_part_of_the_invitation():
    assert missing(RIDE.format(moment="")) == {"working-hours"}


def test_a_welcome_to_questions_before_the_invitation_does_not_hide_it():
    text = ("Beste ouders,\n\nVragen zijn altijd welkom.\n\nWij nodigen u uit voor de ouderavond van groep 3 op "
            "dinsdag 14 oktober om 19.30 uur in het speellokaal. De juf vertelt over het leren lezen, zodat u thuis "
            "kunt helpen. Laat vóór 7 oktober via Parro weten of u komt. U hoeft niets mee te nemen.\n\n"
            "Heeft u een vraag? Mail juf Ilse: i.jansen@school.nl.\n")
    assert missing(text) == set()


def test_a_welcome_to_part_of_the_pupils_event_is_the_invitation():
    text = ("Beste ouders,\n\nOp dinsdag 13 mei houden de leerlingen van klas 2 een voorleeswedstrijd.\n\n"
            "Ouders zijn welkom bij de finale, om 19.30 uur in de aula. U ziet hoe de beste lezers voorlezen. "
            "Laat vóór 6 mei via de app weten of u komt. U hoeft niets mee te nemen.\n\n"
            "Vragen? Mail mevrouw Dekker: dekker@school.nl.\n")
    assert missing(text) == set()


@pytest.mark.parametrize("call", [
    "Belangstellenden worden verzocht zich uiterlijk 20 februari a.s. aan te melden via het formulier.",
    "Het concert is op vrijdag. We hopen dat je komt kijken en luisteren!",
    "De leerplichtambtenaar heeft verzocht om een verzuimgesprek met u en uw zoon.",
    "Daarom is er een kennismakingsavond op dinsdag 14 januari.",
    "Wij verwachten u om 19.00 uur.",
    "U kunt vanaf 8.15 uur binnenlopen in de klas.",
    "Doet u mee met de quiz?",
    "Bent u erbij?",
    "Daarom kom ik graag bij u op huisbezoek.",
    "Dan kunt u de nieuwe mentor ontmoeten.",
    "Wij vragen u om te helpen bij het feest.",
    "Voor ouders van belangstellende leerlingen vindt in januari een bijeenkomst plaats.",
    "Daarom willen wij met u en uw kind praten over de volgende stap.",
    "Twee keer per jaar praten wij met u over hoe het gaat op school.",
    "U kunt een tijd kiezen via de link in de mail.",
    "Wij vinden het heel fijn als u komt kijken.",
])
def test_calls_to_come_or_sign_up_are_invitations(call):
    assert "when" in missing(f"Beste ouders,\n\n{call}\n")


@pytest.mark.parametrize("sentence", [
    "U kunt uw kind aanmelden bij de administratie.",
    "Uw kind kan vanaf 8.15 uur naar binnen.",
    "U kunt uw kind ophalen bij de juf.",
    "Je kunt het rooster bekijken in Magister.",
    "Waar heeft uw kind hulp bij nodig?",
    "De toetsweek vindt plaats van 3 tot en met 7 maart.",
    "Heeft u ideeën voor het schoolplein? Alle ideeën zijn welkom.",
    "Heeft u vragen? Bel juf Esra.\nU mag ook na school even binnenlopen in de klas.",
])
def test_what_is_no_invitation(sentence):
    assert missing(f"Beste ouders,\n\n{sentence}\n") == set()
