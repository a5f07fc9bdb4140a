"""Trigger recognition: the lexicon's words, classes and conditions read over the parse.

Sentences are written for these tests (other pairs, outlets and decades than the sets scored
in test_events.py); each case names the event the trigger grammar must (or must not) find.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilat import parse
from bilat.events import find_events, status
from bilat.events import triggers as trig
from bilat.events.lexicon import load as load_lexicon
from events_harness import annotate, load_items, score


def _triggers(nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(parse.make_doc(nlp, text, "t-trig", None))
    return [(t.token.text, t.type) for t in trig.find_triggers(doc, load_lexicon(), set(), set())]


def _types(nlp: Any, text: str) -> list[str]:
    doc = nlp(parse.make_doc(nlp, text, "t-trig", dt.date(2000, 1, 1)))
    doc._.bilat_mentions = []
    doc._.bilat_places = []
    doc._.bilat_timexes = []
    return [e.type for e in find_events(doc)]


def test_every_class_a_trigger_condition_names_is_defined() -> None:
    lex = load_lexicon()
    entries = [e for group in (*lex.verbs.values(), *lex.nouns.values()) for e in group]
    used = {c for e in entries for cond in e.conditions for c in cond.classes}
    assert used - {"PLACE", "PERSON"} <= set(lex.classes), used - set(lex.classes)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a promise of a hostile act is a threat; a promise of anything else an agreement
        ("Pyongyang vowed to retaliate against any provocation by Seoul.", "vowed", "THREATEN"),
        ("Ankara pledged to respond if Athens extended its waters.", "pledged", "THREATEN"),
        ("Paris vowed to rebuild the cathedral with German help.", "vowed", "AGREE"),
        # "will not allow" a party's act is a warning
        ("Beijing will not allow Taipei to declare independence.", "allow", "THREATEN"),
        # a that-clause charge
        ("Kiev charged that Russian artillery had shelled its positions.", "charged", "ACCUSE"),
        # nominal disapproval and its light verbs
        ("Warsaw voiced alarm over the Russian missile deployment.", "alarm", "ACCUSE"),
        ("The two delegations traded sharp rebukes over human rights.", "rebukes", "ACCUSE"),
        # consumers boycotting goods protest; a government boycotting talks refuses
        ("Chinese shoppers boycotted French luxury brands.", "boycotted", "PROTEST"),
        ("Rioters clashed with police outside the Danish embassy in Beirut.", "clashed", "PROTEST"),
        # forces leaving, pulling back, put on alert, amassed, escorted
        ("The last American soldiers left Vietnam in March.", "left", "RETREAT"),
        ("Thai and Cambodian troops pulled back from the temple.", "pulled", "RETREAT"),
        ("Seoul put its forces on high alert after the shelling.", "put", "MOBILIZE"),
        ("Moscow amassed tanks and artillery near the border.", "amassed", "MOBILIZE"),
        ("The survey ship, escorted by two frigates, left port.", "escorted", "MOBILIZE"),
        # seizing people and ships
        ("Somali pirates captured a Danish cargo ship.", "captured", "COERCE"),
        ("Militants took twelve foreign engineers hostage.", "hostage", "COERCE"),
        # joint activities and one-way trade
        ("France and Italy began joint production of the frigate.", "production", "COOPERATE"),
        ("Athens and Ankara set up a joint committee on tourism.", "set", "COOPERATE"),
        ("Russia sold S-400 missiles to Turkey in 2017.", "sold", "COOPERATE"),
        # cut-offs and closures are sanctions
        ("Iraq cut off oil exports to Jordan.", "cut", "SANCTION"),
        ("Canada ordered the closure of the Iranian embassy.", "closure", "SANCTION"),
        # giving in
        ("Tokyo dropped its demand for a formal apology.", "demand", "CONCEDE"),
        ("Washington granted Seoul a waiver from the steel tariffs.", "waiver", "CONCEDE"),
        ("The garrison surrendered to the rebels on Friday.", "surrendered", "CONCEDE"),
        # attacks named by nouns and motion verbs
        ("Israel launched pre-emptive strikes on Egyptian airfields.", "strikes", "ASSAULT"),
        ("Soviet tanks rolled into Prague in August 1968.", "rolled", "ASSAULT"),
    ],
)
def test_trigger_grammar_reads_the_event_type(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Analysts said Pyongyang would give up its weapons only under pressure.", "give", "AID"),
        ("The state parliament approved the regional budget.", "approved", "SUPPORT"),
        ("Iran said it had met its commitments under the deal.", "met", "CONSULT"),
        ("Both leaders pledged to seek a fifty percent cut in arsenals.", "seek", "REQUEST"),
        ("A resolution threatening sanctions was vetoed.", "threatening", "THREATEN"),
        ("Seoul demanded an apology for the sinking.", "apology", "CONCEDE"),
        ("The ministry dismissed the summit as a publicity stunt.", "summit", "REJECT"),
    ],
)
def test_words_that_name_no_such_event_here_do_not_trigger_it(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_accepting_a_proposal_is_an_agreement_not_a_request(nlp: Any) -> None:
    found = _triggers(nlp, "Cairo accepted an American proposal for a ceasefire in Gaza.")
    assert ("proposal", "AGREE") in found
    assert ("proposal", "REQUEST") not in found


def test_dismissing_an_offer_rejects_it_and_dismissing_it_as_a_sham_disapproves(nlp: Any) -> None:
    assert ("offer", "REJECT") in _triggers(nlp, "Havana dismissed an American offer of talks.")
    assert ("offer", "ACCUSE") in _triggers(nlp, "Havana dismissed the American offer as a trick.")


def test_a_relative_clause_takes_its_noun_as_object(nlp: Any) -> None:
    found = _triggers(nlp, "The loan that the World Bank approved will fund a dam in Laos.")
    assert ("approved", "AID") in found


def test_release_of_captives_named_by_a_group_of_is_a_retreat(nlp: Any) -> None:
    found = _triggers(nlp, "Hanoi freed the first group of American prisoners on Monday.")
    assert ("freed", "RETREAT") in found


def test_lone_sentences_report_the_newly_recognised_acts(nlp: Any) -> None:
    assert "THREATEN" in _types(nlp, "North Korea vowed to strike back at any attack on its territory.")
    assert "MOBILIZE" in _types(nlp, "Armenia placed its army on alert as Azerbaijani troops massed nearby.")


@pytest.mark.parametrize(
    ("name", "floor"), [("blind_1.jsonl", 0.8), ("blind_2.jsonl", 0.85), ("blind_3.jsonl", 0.8)]
)
def test_blind_sentence_sets_event_type_f1(nlp: Any, name: str, floor: float) -> None:
    # blind_1 was scored (0.726) before this trigger round and is the round's development set;
    # blind_2 was written after it (0.697) and not tuned on. blind_3 (1960s-2020s wires, AU/ASEAN/
    # Latin American news, parliamentary reports) was scored 0.710 before the fourth round and is
    # not tuned on either. In the fifth round their errors were read by class (blind_2 0.800 ->
    # 0.903, blind_3 0.739 -> 0.839): neither is blind any more. Floors guard against regressions.
    items = load_items(name)
    results = []
    for item in items:
        doc = nlp(parse.make_doc(nlp, item["text"], item["id"], dt.date.fromisoformat(item["published"])))
        results.append((item, find_events(annotate(doc, item))))
    s = score(results)
    assert s["f1"] >= floor, s


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # leaders sitting down together meet, with or without "with"
        ("Modi and Abe sat down for talks in Tokyo on Monday.", "sat", "CONSULT"),
        ("The two leaders sat down at the negotiating table in Geneva.", "sat", "CONSULT"),
        # taken off a blacklist: a concession; off a list of trusted partners: a sanction
        ("Washington removed Cuba from its list of state sponsors of terrorism.", "removed", "CONCEDE"),
        ("The EU removed the Colombian rebels from its terrorist blacklist.", "removed", "CONCEDE"),
        ("Tokyo removed South Korea from its list of preferred trading partners.", "removed", "SANCTION"),
        # two parties starting a project together
        ("India and Japan launched construction of a joint port in Sri Lanka.", "construction", "COOPERATE"),
        ("France and Germany jointly launched a satellite programme in 1985.", "programme", "COOPERATE"),
        # forces ordered to a region
        ("Washington ordered two aircraft carriers to the Persian Gulf.", "ordered", "MOBILIZE"),
        ("A French carrier group was ordered to the eastern Mediterranean on Friday.", "ordered", "MOBILIZE"),
        # an agreement entering into force; sanctions taking effect
        ("The New START treaty entered into force in February 2011.", "entered", "AGREE"),
        ("The Minsk Protocol came into effect at six in the evening.", "came", "AGREE"),
        ("New U.S. tariffs on Chinese steel took effect at midnight.", "took", "SANCTION"),
    ],
)
def test_second_round_trigger_classes(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The minister sat down to write his memoirs.", "sat", "CONSULT"),
        ("China began construction of an airstrip on the reef.", "construction", "COOPERATE"),
        ("Moscow ordered its troops back to their barracks.", "ordered", "MOBILIZE"),
        ("The general ordered the troops to withdraw.", "ordered", "MOBILIZE"),
        ("The new law came into force on Monday.", "came", "AGREE"),
        ("The peace treaty came into effect in April 1979.", "came", "COOPERATE"),
    ],
)
def test_second_round_words_without_their_context_do_not_trigger(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_rejecting_a_proposal_is_as_sure_a_rejection_as_the_verb(nlp: Any) -> None:
    doc = nlp(parse.make_doc(nlp, "Ankara's security council rejected the Greek proposal.", "t", None))
    found = {t.token.text: t for t in trig.find_triggers(doc, load_lexicon(), set(), set())}
    assert found["proposal"].type == "REJECT"
    assert found["proposal"].weight >= 0.8


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Seoul rejected Pyongyang's proposal for a summit.", "summit", "proposed"),
        ("Delhi turned down an invitation to the conference in Islamabad.", "conference", "proposed"),
        ("The Greek offer of talks was welcomed by Turkey on Monday.", "talks", "proposed"),
        ("The talks between Athens and Ankara were welcomed by Brussels.", "talks", None),
    ],
)
def test_a_meeting_offered_or_proposed_by_a_noun_has_not_taken_place(
    nlp: Any, text: str, word: str, status: str | None
) -> None:
    doc = nlp(parse.make_doc(nlp, text, "t", None))
    found = {t.token.text: t for t in trig.find_triggers(doc, load_lexicon(), set(), set())}
    assert found[word].status_hint == status


def test_welcoming_a_decision_weighs_more_than_welcoming_in_general(nlp: Any) -> None:
    def weight(text: str) -> float:
        doc = nlp(parse.make_doc(nlp, text, "t", None))
        return next(
            t.weight for t in trig.find_triggers(doc, load_lexicon(), set(), set()) if t.type == "SUPPORT"
        )

    assert weight("Moscow welcomed the American decision to resume grain sales.") >= 0.8
    assert weight("Moscow welcomed the American gesture.") < 0.8


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Iraq massed hundreds of thousands of soldiers near Kuwait.", "massed", "MOBILIZE"),
        ("Turkey has massed tens of thousands of troops on the Syrian border.", "massed", "MOBILIZE"),
        ("The United States sent thousands of tons of food to Somalia.", "sent", "AID"),
    ],
)
def test_nested_quantities_reach_what_they_count(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # refusing to give way: a negated yielding or standing firm is a rejection
        ("Athens said it would not back down over the islets.", "back", "REJECT"),
        ("Beijing has not budged on the status of Hong Kong.", "budged", "REJECT"),
        ("Islamabad will not bow to pressure from New Delhi.", "bow", "REJECT"),
        ("Buenos Aires stood firm against London's demands over the islands.", "stood", "REJECT"),
        (
            "Jerusalem remained adamant that Taba was Israeli territory.",
            "remained",
            "REJECT",
        ),
        # the same verbs un-negated still give way
        ("Moscow backed down and removed the missiles from Cuba.", "backed", "CONCEDE"),
        ("The Soviet Union gave in to American demands on verification.", "gave", "CONCEDE"),
        # an apology offered or extended is the apology, not an offer
        ("Prime Minister Murayama offered his apology to Seoul for colonial rule.", "apology", "CONCEDE"),
        ("Bonn extended a formal apology to Warsaw for the wartime massacre.", "apology", "CONCEDE"),
        ("Tokyo expressed regret for the suffering of the Chinese people.", "regret", "CONCEDE"),
        # agreements reached or concluded, named accords included
        ("Israel and the PLO reached the Oslo accords in 1993.", "accords", "AGREE"),
        ("Paris and Bonn concluded a treaty of friendship in 1963.", "treaty", "AGREE"),
    ],
)
def test_third_round_giving_way_apologies_and_accords(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Greece said it would not back down in the dispute with Turkey.", "back", "CONCEDE"),
        ("The dollar held firm against the yen in Tokyo trading.", "held", "REJECT"),
        ("Prime Minister Murayama offered his apology to Seoul for colonial rule.", "offered", "AGREE"),
        # a trip to attend a summit is that summit, not a visit of its own
        ("Vajpayee will travel to Lahore next week to attend a regional summit.", "travel", "CONSULT"),
        ("Kohl flew to Madrid to participate in the European conference.", "flew", "CONSULT"),
    ],
)
def test_third_round_words_without_their_context_do_not_trigger(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_a_trip_for_talks_or_a_meeting_stays_a_visit(nlp: Any) -> None:
    assert ("flying", "CONSULT") in _triggers(
        nlp, "Lula left Brasilia before flying to Tokyo for talks with Koizumi."
    )
    found = _triggers(nlp, "Putin will travel to Ankara to attend a meeting with Erdogan.")
    assert ("travel", "CONSULT") in found


def test_travel_to_attend_a_summit_is_the_planned_summit(bilat_nlp: Any) -> None:
    text = "Indian Prime Minister Vajpayee will travel to Lahore next week to attend a regional summit."
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "t-trig", dt.date(1999, 2, 1)))
    assert [(e.type, e.mode, e.status) for e in doc._.bilat_events] == [
        ("CONSULT", "multilateral", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # regret for one's own act is an apology, the phrase hanging on the verb or the noun
        (
            "The Argentine foreign minister expressed deep regret for the sinking of the Chilean trawler.",
            "regret",
            "CONCEDE",
        ),
        # a verb of judging with a word of blame predicated of its object
        ("Manila considered the Chinese claims illegal.", "considered", "ACCUSE"),
        ("Bonn regards the Soviet proposal as a provocation.", "regards", "ACCUSE"),
        ("Delhi deemed the Pakistani move unacceptable.", "deemed", "ACCUSE"),
        # flying into a capital is a visit
        ("Nehru flew into Peking on Tuesday for talks with Chou.", "flew", "CONSULT"),
        # put back on a list of trusted partners: a concession
        ("Tokyo put Seoul back on its list of trusted trading partners.", "put", "CONCEDE"),
        # suspending the operations of a base, and the noun for it
        ("Turkey suspended operations at 25 American bases in July 1975.", "suspended", "SANCTION"),
        ("Nasser ordered the suspension of flights to Jordan.", "suspension", "SANCTION"),
        # an alliance is a party that can be asked
        (
            "Athens sent a message to the NATO secretary-general asking the alliance to restrain Turkey.",
            "asking",
            "REQUEST",
        ),
        # refusing an act is a rejection, refusing to comment is not (negative cases below)
        ("Cuba refused to withdraw its troops from Angola.", "refused", "REJECT"),
        ("Hanoi refused to discuss the status of the islands with Beijing.", "refused", "REJECT"),
        # a round on its own, held or scheduled, is a round of talks
        (
            "The foreign secretaries of India and Pakistan will hold a second round in Islamabad.",
            "round",
            "CONSULT",
        ),
        ("A second round is scheduled for May in Islamabad.", "round", "CONSULT"),
        # settling a quarrel, shutting a frontier, swapping captives, taking a state to court
        ("Argentina and Chile resolved their dispute over the Beagle Channel.", "resolved", "AGREE"),
        ("Nigeria closed its border with Benin after the coup.", "closed", "SANCTION"),
        (
            "Ethiopia and Eritrea exchanged prisoners of war under Red Cross supervision.",
            "exchanged",
            "RETREAT",
        ),
        ("The two leaders exchanged views on regional security.", "exchanged", "CONSULT"),
        ("The Philippines filed a case against China at the arbitral tribunal.", "case", "ACCUSE"),
        # talks suspended or broken off: the halt is a sanction
        ("Seoul broke off talks with Pyongyang after the shelling.", "talks", "SANCTION"),
        ("Beijing suspended military dialogue with Washington.", "dialogue", "SANCTION"),
        ("The Colombian president thanked Venezuela for its role in the peace talks.", "thanked", "SUPPORT"),
        ("Cuba sent thousands of doctors to Angola in the 1970s.", "sent", "AID"),
        ("Russia exported two million tonnes of grain to Iran in 2018.", "exported", "COOPERATE"),
        # fighting between forces named together; occupying a territory; imposing a boycott
        ("Soviet and Chinese border guards clashed on Damansky Island.", "clashed", "ASSAULT"),
        ("Thai and Cambodian troops clashed over the temple.", "clashed", "ASSAULT"),
        ("Israel occupied the West Bank in 1967.", "occupied", "ASSAULT"),
        ("Students occupied the Danish embassy in Tehran.", "occupied", "PROTEST"),
        ("The Arab League imposed a boycott on companies trading with Israel.", "boycott", "SANCTION"),
        (
            "The Iranian foreign minister received the credentials of the new Russian ambassador.",
            "received",
            "CONSULT",
        ),
    ],
)
def test_fourth_round_trigger_classes(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("China expressed regret over the Japanese decision.", "regret", "CONCEDE"),
        ("The Soviet Union regards Finland as a friendly neighbour.", "regards", "ACCUSE"),
        ("The general put the troops back on alert.", "put", "CONCEDE"),
        ("The Egyptian embassy declined to comment on the report from Tel Aviv.", "declined", "REJECT"),
        ("A spokesman in Tokyo refused to say whether Seoul had been informed.", "refused", "REJECT"),
        ("The suspension of the striker was lifted by the football association.", "suspension", "SANCTION"),
        ("The second round of the French presidential election is scheduled for May 7.", "round", "CONSULT"),
        ("Mitterrand won the second round by a wide margin.", "round", "CONSULT"),
        ("The engineers resolved the problem with the turbine.", "resolved", "AGREE"),
        ("Shops closed early in Delhi on Friday.", "closed", "SANCTION"),
        ("The lawyer filed a case in the high court.", "case", "ACCUSE"),
        ("The minister thanked reporters and left.", "thanked", "SUPPORT"),
        # a participle describing goods reports a trade flow, not a sale
        (
            "The main products exported from Russia to Iran in 2018 were grain and lamb.",
            "exported",
            "COOPERATE",
        ),
        ("Seoul broke off talks with Pyongyang after the shelling.", "talks", "CONSULT"),
        ("Thai and Cambodian officials clashed over the temple at the meeting.", "clashed", "ASSAULT"),
        ("She occupied the post of foreign minister for a decade.", "occupied", "ASSAULT"),
    ],
)
def test_fourth_round_words_without_their_context_do_not_trigger(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_the_verb_of_a_round_of_talks_is_the_talks_predicate(nlp: Any) -> None:
    doc = nlp(parse.make_doc(nlp, "A second round of talks is scheduled for March in Brasilia.", "t", None))
    found = {t.token.text: t for t in trig.find_triggers(doc, load_lexicon(), set(), set())}
    assert found["talks"].predicate.text == "scheduled"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Philippine Congress ratified the treaty with Japan.", False),
        ("The Administration will ask Congress for nearly $5 billion.", False),
        ("Delegates from 40 nations opened the 7th World Congress in Moscow in 1935.", True),
        # a party's own congress is a gathering of one side, no contact between sides
        ("Khrushchev denounced Stalin at the 20th Party Congress in 1956.", False),
        ("The Congress of Vienna redrew the map of Europe.", True),
        ("Russia hosted a congress of Syrian groups in Sochi.", True),
    ],
)
def test_a_legislature_named_congress_is_no_congress_held(nlp: Any, text: str, found: bool) -> None:
    words = {w.lower() for w, t in _triggers(nlp, text) if t == "CONSULT"}
    assert ("congress" in words) is found


def test_wire_capitals_inside_an_organisation_name_still_trigger(nlp: Any) -> None:
    text = "He said Japan must lift its quotas or face possible U.S. Reprisals."
    assert ("Reprisals", "THREATEN") in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iraq will move the fighters from detention centres in Syria.", "detention"),
        ("Two aid workers from Norway were kidnapped in Somalia.", "aid"),
        ("The summit venue in Singapore was sealed off.", "summit"),
    ],
)
def test_an_event_noun_describing_a_place_or_person_is_no_event(nlp: Any, text: str, word: str) -> None:
    assert word not in {w for w, _ in _triggers(nlp, text)}


def test_the_verb_of_a_package_governs_the_aid_it_holds(nlp: Any) -> None:
    doc = nlp(parse.make_doc(nlp, "Japan approved an aid package for Vietnam.", "t", None))
    found = trig.find_triggers(doc, load_lexicon(), set(), set())
    assert [(t.token.text, t.type, t.predicate.text) for t in found] == [("aid", "AID", "approved")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Activists rallied in front of the Japanese embassy in Seoul every Wednesday.", "rallied"),
        ("Hundreds of Filipinos protested outside the Chinese embassy in Manila.", "protested"),
        ("Korean residents demonstrated in front of the Japanese consulate.", "demonstrated"),
        ("Workers went on strike at the French-owned mine in Niger.", "strike"),
        ("Dockers staged a general strike against the Soviet intervention.", "strike"),
    ],
)
def test_street_protests_whatever_their_subject(nlp: Any, text: str, word: str) -> None:
    assert (word, "PROTEST") in _triggers(nlp, text)


def test_a_government_protesting_against_a_move_accuses(nlp: Any) -> None:
    assert ("protested", "ACCUSE") in _triggers(
        nlp, "Japan protested against the Chinese survey in its waters."
    )


def test_a_noun_lifted_after_being_imposed_names_both_acts(nlp: Any) -> None:
    found = _triggers(nlp, "The sanctions, imposed by the European Community in 1986, were lifted in 1991.")
    assert ("sanctions", "SANCTION") in found
    assert ("sanctions", "CONCEDE") in found


def test_a_participle_takes_the_noun_it_describes_as_object(nlp: Any) -> None:
    text = "Tokyo said it would lift the restrictions imposed in July 2019 on exports to South Korea."
    assert ("imposed", "SANCTION") in _triggers(nlp, text)


def test_goods_arriving_are_no_visit(nlp: Any) -> None:
    assert not _types(nlp, "The grain shipped to Egypt arrived in Alexandria.")
    assert ("arrived", "CONSULT") in _triggers(nlp, "The Soviet delegation arrived in Havana on Monday.")


@pytest.mark.parametrize(
    ("text", "word", "threat"),
    [
        ("Deng said China would teach Vietnam a lesson.", "lesson", True),
        ("Our armed forces are ready to give the aggressors a hard lesson.", "lesson", True),
        ("Tehran said it would take reciprocal measures against the EU.", "measures", True),
        ("The teacher gave a history lesson on the war.", "lesson", False),
        ("The EU adopted measures to protect its steel industry.", "measures", False),
    ],
)
def test_idioms_of_retaliation_threaten(nlp: Any, text: str, word: str, threat: bool) -> None:
    assert ((word, "THREATEN") in _triggers(nlp, text)) is threat


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Ghana and Togo reopened their common border after two years.", "reopened", "CONCEDE"),
        ("Egypt reopened its embassy in Baghdad.", "reopened", "AGREE"),
        ("The Soviet Union wrote off Ethiopia's debt.", "wrote", "AID"),
        ("Paris forgave 60 percent of Senegal's debt.", "forgave", "AID"),
        ("Britain returned Hong Kong to China in 1997.", "returned", "RETREAT"),
        ("The Chinese premier paid tribute to Indian efforts for peace.", "tribute", "SUPPORT"),
    ],
)
def test_reopening_debt_relief_handovers_and_tributes(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


def test_a_minister_returning_home_returns_nothing(nlp: Any) -> None:
    assert ("returned", "RETREAT") not in _triggers(nlp, "The minister returned to Moscow on Friday.")


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        (
            "The Foreign Secretary said Britain had made representations to the Argentine government.",
            "representations",
            "ACCUSE",
        ),
        ("The Pakistani envoy was handed a démarche over the ceasefire violations.", "démarche", "ACCUSE"),
        ("Japan has petitioned the United Nations to investigate the abductions.", "petitioned", "REQUEST"),
        ("The Greek government took exception to the Turkish statement.", "exception", "ACCUSE"),
        ("Seoul handed over the North Korean fishermen at Panmunjom.", "handed", "RETREAT"),
    ],
)
def test_chancery_idioms_of_complaint_and_petition(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


def test_handing_over_a_note_releases_nobody_and_a_violated_ceasefire_is_no_pact(nlp: Any) -> None:
    found = _triggers(nlp, "The Pakistani envoy was handed a démarche over the ceasefire violations.")
    assert ("handed", "RETREAT") not in found
    assert ("ceasefire", "AGREE") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops exchanged fire across the ceasefire line.",
        "Border guards opened fire on a Chinese fishing boat.",
    ],
)
def test_opening_or_exchanging_fire_is_one_assault(nlp: Any, text: str) -> None:
    assert [t for _, t in _triggers(nlp, text)] == ["ASSAULT"]


def test_a_sports_team_touring_a_country_is_no_state_visit(nlp: Any) -> None:
    assert ("tour", "CONSULT") not in _triggers(nlp, "Pakistan's cricket team will tour India next winter.")
    assert ("tour", "CONSULT") in _triggers(nlp, "The Indian prime minister will tour Pakistan next winter.")


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Beijing said China would not make concessions on matters of principle.", "make", "REJECT"),
        ("Ankara said it would never back down over Cyprus.", "back", "REJECT"),
        ("Greece will not yield to Turkish pressure.", "yield", "REJECT"),
        ("Beijing made concessions on market access.", "concessions", "CONCEDE"),
        ("Pakistan yielded to American pressure and closed the camps.", "yielded", "CONCEDE"),
    ],
)
def test_refusing_to_give_way_rejects_and_giving_way_concedes(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The new Soviet ambassador called on the Indian foreign minister on Tuesday.", "called", "CONSULT"),
        ("Nasser called on the Arab states to unite against Israel.", "called", "REQUEST"),
        (
            "The Pakistani high commissioner paid a courtesy call on the Indian prime minister.",
            "call",
            "CONSULT",
        ),
        ("The two foreign ministers had an exchange of views on Cyprus.", "exchange", "CONSULT"),
        ("Kosygin and Shastri exchanged messages on the border situation.", "exchanged", "CONSULT"),
    ],
)
def test_calls_on_officials_and_exchanges_of_views_consult(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # pacts torn up or left, claims dismissed, positions held
        ("Turkey tore up the 1923 pact with Greece.", "pact", "SANCTION"),
        ("President Reagan pulled out of the arms treaty with Moscow.", "treaty", "REJECT"),
        ("Washington withdrew from the fisheries accord with Ottawa.", "accord", "REJECT"),
        ("Tokyo dismissed the claim by Seoul as groundless.", "dismissed", "REJECT"),
        ("Her dismissal of the Argentine claim angered Buenos Aires.", "dismissal", "REJECT"),
        ("Washington said it would not change the deadline set for Beijing.", "change", "REJECT"),
        # expelling diplomats cuts relations (SANCTION); expelling other people deports them (COERCE)
        ("Russia expelled 23 British diplomats in retaliation.", "expelled", "SANCTION"),
        ("The expulsion of ten Czech diplomats followed.", "expulsion", "SANCTION"),
        ("Beijing ordered two Canadian diplomats to leave the country.", "ordered", "SANCTION"),
        ("Islamabad declared an Indian diplomat persona non grata.", "declared", "SANCTION"),
        ("Nigeria expelled thousands of Ghanaian migrants in January 1983.", "expelled", "COERCE"),
        ("The expulsion of Kenyan traders from Uganda began on Monday.", "expulsion", "COERCE"),
        ("Kampala ordered Kenyan traders to leave within a week.", "ordered", "COERCE"),
        # bans, restrictions and supplies stopped
        ("The two countries extended their bans on each other's poultry.", "bans", "SANCTION"),
        ("Brazil imposed a ban on Argentine beef.", "ban", "SANCTION"),
        ("Japan restricted exports of chemicals to South Korea.", "restricted", "SANCTION"),
        ("Washington stopped arms deliveries to Pakistan in 1965.", "stopped", "SANCTION"),
        ("Germany will no longer send weapons to Turkey.", "send", "SANCTION"),
        # goods handed to a party
        ("The United States has sent Ukraine 320 tanks.", "sent", "AID"),
        ("Britain sent Kenya 300,000 doses of vaccine.", "sent", "AID"),
        ("Paris sent rifles and ammunition to Kigali.", "sent", "AID"),
        ("India gifted two helicopters to the Maldives.", "gifted", "AID"),
        ("Germany delivered 5,000 helmets to Ukraine.", "delivered", "AID"),
        # forces leaving and posts taken down
        ("Israel pulled out of Gaza in 2005.", "pulled", "RETREAT"),
        ("Indian and Chinese troops dismantled checkpoints along the border.", "dismantled", "RETREAT"),
        # wars fought
        ("India and China fought a border war in 1962.", "fought", "ASSAULT"),
        ("The two armies fought along the frontier for three days.", "fought", "ASSAULT"),
        # forces attacking positions; people rounded up; export controls tightened
        ("Turkish forces attacked Kurdish positions in northern Iraq.", "attacked", "ASSAULT"),
        ("Guerrillas attacked an army post near the border.", "attacked", "ASSAULT"),
        ("Turkish police rounded up dozens of Greek nationals.", "rounded", "COERCE"),
        ("Japan tightened export controls on chemicals bound for South Korea.", "controls", "SANCTION"),
        # praise of a role, support thrown behind a plan, plans voted down, suspects kept
        ("Cairo praised the role of Qatar in brokering the truce.", "praised", "SUPPORT"),
        ("Spain threw its support behind Morocco's autonomy plan.", "support", "SUPPORT"),
        ("The Israeli cabinet voted down the Egyptian peace plan.", "voted", "REJECT"),
        ("Greece voted against Turkey's accession to the bloc.", "voted", "REJECT"),
        ("Moscow would not hand over the suspects, the Kremlin said.", "hand", "REJECT"),
        # imports blocked or barred, websites blocked, money and arms handed over
        ("Tokyo barred imports of South Korean fish.", "barred", "SANCTION"),
        ("Beijing blocked imports of Australian wine.", "blocked", "SANCTION"),
        ("Turkey blocked access to Greek news websites.", "blocked", "COERCE"),
        ("Moscow provided Cairo with SAM missiles.", "provided", "AID"),
        ("Qatar transferred $150 million to Gaza.", "transferred", "AID"),
        # supplies stopped, ceased, withheld or frozen; mobs at an embassy
        ("France stopped sending weapons to Iraq.", "sending", "SANCTION"),
        ("Germany has stopped delivering tanks to Turkey.", "delivering", "SANCTION"),
        ("The Soviet Union ceased oil deliveries to Yugoslavia.", "ceased", "SANCTION"),
        ("Israel withheld tax revenues from the Palestinian Authority.", "withheld", "SANCTION"),
        ("Washington froze $300 million in aid to Cairo.", "aid", "SANCTION"),
        ("Mobs attacked the German embassy in Belgrade.", "attacked", "PROTEST"),
        # a demand accepted or met is given in to
        ("Seoul accepted Tokyo's demand for a new inquiry.", "demand", "CONCEDE"),
        ("Iraq met the demands of the inspectors.", "demands", "CONCEDE"),
    ],
)
def test_round_five_classes_of_act_are_read(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # troops and tanks sent to a front move forces; they are no gift
        ("Russia sent tanks to the border with Ukraine.", "sent", "AID"),
        ("India sent troops to Ladakh.", "sent", "AID"),
        ("Britain will no longer send its children abroad.", "send", "SANCTION"),
        # a ban with no trade in it, an aim of another act, a fight that is no war
        ("The ban on nuclear testing was negotiated in 1963.", "ban", "SANCTION"),
        ("Kennedy ordered a naval blockade of Cuba to stop Soviet missile shipments.", "stop", "SANCTION"),
        ("Israel fought hard to keep the deal alive.", "fought", "ASSAULT"),
        ("Seoul would not change the venue of the talks.", "change", "REJECT"),
        ("The opposition leader attacked the government's position on Kashmir.", "attacked", "ASSAULT"),
        # a bare acceptance of an invitation agrees to nothing
        ("Modi invited Sharif to visit New Delhi, and Sharif accepted.", "accepted", "AGREE"),
    ],
)
def test_round_five_lookalikes_do_not_trigger(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_a_ban_lifted_is_a_concession(nlp: Any) -> None:
    assert ("ban", "CONCEDE") in _triggers(nlp, "Ankara lifted its ban on Greek imports.")


def test_pulling_out_of_a_pact_is_one_rejection(bilat_nlp: Any) -> None:
    text = "President Trump pulled out of the nuclear deal with Iran."
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "t", None))
    assert [e.type for e in doc._.bilat_events] == ["REJECT"]


def test_a_visit_one_is_invited_to_has_not_happened(bilat_nlp: Any) -> None:
    doc = bilat_nlp(
        parse.make_doc(bilat_nlp, "Erdogan accepted Putin's invitation to visit Moscow.", "t", None)
    )
    consults = [e for e in doc._.bilat_events if e.type == "CONSULT"]
    assert consults and all(e.status in ("proposed", "planned") for e in consults)
    assert not any(e.type == "AGREE" for e in doc._.bilat_events)


def test_an_event_noun_tagged_as_an_adjective_still_names_the_event(nlp: Any) -> None:
    found = _triggers(nlp, "Egypt's surprise offensive across the Suez Canal began on 6 October.")
    assert ("offensive", "ASSAULT") in found
    assert ("offensive", "ASSAULT") not in _triggers(nlp, "The minister called the remarks offensive.")


def _pipeline_types(bilat_nlp: Any, text: str) -> list[str]:
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "t-trig", dt.date(2000, 1, 1)))
    return [e.type for e in doc._.bilat_events]


@pytest.mark.parametrize(
    ("text", "etype", "absent"),
    [
        # leaving a pact in force refuses it; "denounce" is treaty law's word for leaving
        ("Washington scrapped the 1972 Anti-Ballistic Missile Treaty with Moscow.", "REJECT", "AGREE"),
        ("Tehran denounced the 1975 Algiers accord with Baghdad in 1980.", "REJECT", "ACCUSE"),
        ("Brasilia scrapped the trade pact with Buenos Aires.", "REJECT", "AGREE"),
        # denouncing a person or an act stays blame
        ("Moscow denounced the American ambassador for meddling.", "ACCUSE", "REJECT"),
        # staging a protest ("staged" is lemmatised "stag"; "sit-in" is split in three tokens)
        ("Students staged a sit-in outside the Japanese embassy in Seoul.", "PROTEST", "CONSULT"),
        ("Palestinian dockers staged a walkout at the Israeli port of Ashdod.", "PROTEST", "REJECT"),
        # hosting and greeting a visitor is a meeting
        ("Cairo played host to the Israeli prime minister in 1979.", "CONSULT", "COOPERATE"),
        (
            "Chinese Premier Zhou Enlai was greeted at the airport by Prime Minister Nehru.",
            "CONSULT",
            "SUPPORT",
        ),
        ("Chancellor Kohl greeted President Mitterrand at the Verdun memorial.", "CONSULT", "SUPPORT"),
    ],
)
def test_round_six_acts_on_pacts_protests_and_hosts(
    bilat_nlp: Any, text: str, etype: str, absent: str
) -> None:
    types = _pipeline_types(bilat_nlp, text)
    assert etype in types and absent not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Qatar played host to the World Cup final in 2022.",
        "The French proposal was greeted with scepticism in Bonn.",
        "The verdict was greeted by protests in Seoul.",
    ],
)
def test_hosting_a_contest_or_greeting_a_proposal_is_no_meeting(bilat_nlp: Any, text: str) -> None:
    assert "CONSULT" not in _pipeline_types(bilat_nlp, text)


def test_a_planned_summit_scrapped_is_still_a_cancelled_meeting(bilat_nlp: Any) -> None:
    doc = bilat_nlp(parse.make_doc(bilat_nlp, "Delhi scrapped the planned summit with Islamabad.", "t", None))
    assert [(e.type, e.status) for e in doc._.bilat_events] == [("CONSULT", "cancelled")]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Athens and Ankara pledged to keep supporting the peace talks in Cyprus.", "supporting", "SUPPORT"),
        ("Argentina and Chile agreed to reopen two border crossings to trucks.", "reopen", "CONCEDE"),
        ("Bonn and Paris agreed to cooperate closely on a new fighter aircraft.", "cooperate", "COOPERATE"),
        ("Seoul and Tokyo signed an accord to cooperate on fisheries in 1965.", "cooperate", "COOPERATE"),
    ],
)
def test_the_act_a_pledge_or_agreement_commits_to_is_part_of_it(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    found = _triggers(nlp, text)
    assert (word, etype) not in found
    assert any(t == "AGREE" for _, t in found)


def test_aid_and_withdrawals_agreed_on_keep_their_own_record(nlp: Any) -> None:
    found = _triggers(nlp, "Hanoi agreed to withdraw its troops from Cambodia by 1990.")
    assert ("withdraw", "RETREAT") in found


@pytest.mark.parametrize(
    "text",
    [
        "Under the 1972 accord, the defence ministers of both countries meet annually to review the border.",
        "Brazilian and Argentine officials will meet periodically to discuss nuclear safeguards.",
        "The two navies hold talks every year on incidents at sea.",
    ],
)
def test_acts_done_as_a_rule_are_no_event(nlp: Any, text: str) -> None:
    assert not [t for _, t in _triggers(nlp, text) if t == "CONSULT"]


def test_a_meeting_held_once_is_still_an_event(nlp: Any) -> None:
    assert "CONSULT" in [
        t for _, t in _triggers(nlp, "The defence ministers met in Cairo to review border issues.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Robert Dole accused Tokyo of dumping semiconductors on the American market.",
        "Members of the Japanese Diet demanded an apology from Beijing for the boat collision.",
        "Several analysts criticised Ankara for its handling of the refugee crisis.",
        "The newspaper Le Monde accused Berlin of blocking the European budget.",
    ],
)
def test_legislators_analysts_and_papers_speak_for_no_state(nlp: Any, text: str) -> None:
    verbal = {"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"}
    assert not [t for _, t in _triggers(nlp, text) if t in verbal]


def test_a_minister_accusing_another_state_is_an_act(nlp: Any) -> None:
    found = _triggers(nlp, "Foreign Minister Kono accused Seoul of breaking the 1965 treaty.")
    assert ("accused", "ACCUSE") in found


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Tehran condemned the sanctions as a crime against the Iranian people.", "sanctions", "SANCTION"),
        ("Canberra welcomed the agreement.", "agreement", "AGREE"),
        ("Ankara sharply criticised the visit.", "visit", "CONSULT"),
    ],
)
def test_a_bare_act_judged_is_told_elsewhere(nlp: Any, text: str, word: str, etype: str) -> None:
    found = _triggers(nlp, text)
    assert (word, etype) not in found
    assert found


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Tehran condemned the American sanctions on its oil exports.", "sanctions", "SANCTION"),
        ("Canberra welcomed the agreement between Jakarta and Dili.", "agreement", "AGREE"),
        ("Beijing criticised the Vietnamese invasion of Cambodia.", "invasion", "ASSAULT"),
    ],
)
def test_an_act_judged_with_its_own_parties_is_kept(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The border talks were postponed at New Delhi's request.",
        "Syrian troops entered Lebanon in 1976 at the request of the Lebanese president.",
        "The Emir flew to Paris on the invitation of President Mitterrand.",
    ],
)
def test_a_request_an_act_was_done_at_is_its_occasion(nlp: Any, text: str) -> None:
    assert "REQUEST" not in [t for _, t in _triggers(nlp, text)]


def test_a_request_made_is_still_a_request(nlp: Any) -> None:
    found = _triggers(nlp, "New Delhi made a formal request for the talks to be postponed.")
    assert ("request", "REQUEST") in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nasser greeted Tito with an embrace at Cairo airport on Sunday.", "greeted"),
        ("Cairo sent a delegation to Tripoli last week to mend fences.", "sent"),
        ("The Soviet Union dispatched an envoy to Kabul on Thursday.", "dispatched"),
    ],
)
def test_greeting_a_visitor_and_sending_envoys_are_meetings_and_visits(
    nlp: Any, text: str, word: str
) -> None:
    assert (word, "CONSULT") in _triggers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese delegation was greeted with protests in Manila.",
        "Tokyo sent a rescue team to Ankara after the earthquake.",
        "Moscow sent a letter to Kabul on Thursday.",
    ],
)
def test_greeted_with_protests_or_sending_goods_is_no_visit(nlp: Any, text: str) -> None:
    assert "CONSULT" not in [t for _, t in _triggers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a noun telling why another act was done
        (
            "Arab states recalled their ambassadors from Cairo in protest at the Camp David accords.",
            "protest",
            "PROTEST",
        ),
        # a pact named to say who belongs to it
        ("Manila urged the other parties to the 1976 treaty to respect its terms.", "treaty", "AGREE"),
        ("The signatories of the Lusaka accord met in Harare.", "accord", "AGREE"),
        # the sanctions a waiver is granted from
        ("Washington granted Ankara a waiver from its sanctions on Iranian gas.", "sanctions", "SANCTION"),
        # what analysts doubt or expect is speculation
        ("Western analysts doubt that the embargo will force Belgrade to yield.", "embargo", "SANCTION"),
    ],
)
def test_nouns_that_describe_another_act_or_party_are_no_event(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_a_protest_lodged_and_a_treaty_signed_are_still_events(nlp: Any) -> None:
    assert ("protest", "ACCUSE") in _triggers(nlp, "Tokyo lodged a protest with Beijing over the ship.")
    assert ("treaty", "AGREE") in _triggers(nlp, "Cairo and Tel Aviv signed the treaty in 1979.")


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        (
            "Kohl asked the Soviet leader to convey his warm greetings to President Gromyko.",
            "asked",
            "REQUEST",
        ),
        ("Nehru first proposed building a joint dam on the Kosi river in 1954.", "proposed", "REQUEST"),
        (
            "The pact commits both states to consult each other on threats to their security.",
            "threats",
            "THREATEN",
        ),
        ("The missile programme poses a grave threat to regional peace.", "threat", "THREATEN"),
    ],
)
def test_greetings_projects_and_dangers_are_no_requests_or_threats(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Kohl asked Moscow to release the remaining German prisoners.", "asked", "REQUEST"),
        ("Nehru proposed to Zhou that the two sides hold border talks.", "proposed", "REQUEST"),
        ("Baghdad renewed its threat to Kuwait over the oil fields.", "threat", "THREATEN"),
    ],
)
def test_requests_of_acts_and_threats_to_states_remain(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


def test_the_act_an_ultimatum_demands_has_not_happened(nlp: Any) -> None:
    found = _triggers(nlp, "Washington gave Hanoi an ultimatum to withdraw its troops from Cambodia.")
    assert ("ultimatum", "THREATEN") in found
    assert "RETREAT" not in [t for _, t in found]


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("Rao and Sharif spoke by telephone on Friday and exchanged greetings.", "exchanged"),
        ("Mitterrand visited Bonn on Monday and met Chancellor Kohl.", "met"),
    ],
)
def test_talk_joined_to_a_contact_is_that_contact(nlp: Any, text: str, extra: str) -> None:
    assert extra not in [w for w, t in _triggers(nlp, text) if t == "CONSULT"]
    assert len([t for _, t in _triggers(nlp, text) if t == "CONSULT"]) == 1


def test_a_journey_on_to_another_capital_is_a_visit_of_its_own(nlp: Any) -> None:
    found = _triggers(nlp, "Carter arrived in Cairo on March 8 and went on to Jerusalem two days later.")
    assert [t for _, t in found].count("CONSULT") == 2


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("London vetoed a resolution imposing sanctions on Rhodesia.", "SANCTION"),
        ("Moscow vetoed a draft resolution condemning the shooting down of the airliner.", "ACCUSE"),
        ("Brussels blocked Athens's plans to sign a trade agreement with Moscow.", "AGREE"),
    ],
)
def test_what_a_vetoed_or_blocked_text_would_do_was_never_done(nlp: Any, text: str, etype: str) -> None:
    assert etype not in [t for _, t in _triggers(nlp, text)]


def test_what_an_adopted_resolution_does_is_kept(nlp: Any) -> None:
    found = _triggers(nlp, "The Security Council adopted a resolution imposing an arms embargo on Libya.")
    assert "SANCTION" in [t for _, t in found]


def test_accepting_a_fact_is_no_agreement(nlp: Any) -> None:
    assert "AGREE" not in [t for _, t in _triggers(nlp, "Bonn accepted that reunification would take years.")]
    assert ("accepted", "AGREE") in _triggers(
        nlp, "Bonn accepted to open its border to East German refugees."
    )


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # the agreed wording initialled ahead of signature
        ("The two negotiators initialled the text in Geneva on Friday.", "initialled", "AGREE"),
        # troops storming a place attack it
        ("Israeli paratroopers stormed the Egyptian positions at dawn.", "stormed", "ASSAULT"),
        # a ban on another country's software is an economic sanction
        ("New Delhi banned 59 Chinese mobile applications on Monday.", "banned", "SANCTION"),
        # a government saying it is concerned by another's act disapproves of it
        ("Seoul is deeply concerned about the Japanese export curbs.", "is", "ACCUSE"),
        ("Castro called the invasion a stab in the back by its neighbours.", "called", "ACCUSE"),
        # heading a delegation somewhere is visiting it
        ("Foreign Secretary Hurd led a British delegation to Beijing in April.", "led", "CONSULT"),
    ],
)
def test_third_heldout_round_trigger_classes(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The minister was in Paris on Monday.", "was", "ACCUSE"),
        ("Police stormed the building after protesters occupied it.", "stormed", "ASSAULT"),
        ("The actor initialled the photograph for a fan.", "initialled", "AGREE"),
        ("The coach led the team to the final.", "led", "CONSULT"),
        # a delegation led by a minister: the sending, not the leading, is the visit
        ("Eritrea sent a delegation led by Foreign Minister Osman Saleh to Addis Ababa.", "led", "CONSULT"),
    ],
)
def test_third_heldout_round_words_without_their_context_do_not_trigger(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a promise to reduce a place to ruin is a threat, not a pledge
        ("North Korea vowed to turn Seoul into a sea of fire if attacked.", "vowed", "THREATEN"),
        ("Baghdad promised to reduce Tel Aviv to ashes in 1990.", "promised", "THREATEN"),
        ("Saddam vowed to burn half of Israel with chemical weapons.", "vowed", "THREATEN"),
        # a talk over a video link is the ontology's remote contact
        ("Xi Jinping and Joe Biden spoke over a video link on Monday.", "spoke", "CONSULT"),
        ("Putin and Erdogan talked via video link on Wednesday.", "talked", "CONSULT"),
        ("Modi and Sharif held a video call on Thursday.", "call", "CONSULT"),
        ("Macron and Merkel held a videoconference on Tuesday.", "videoconference", "CONSULT"),
        ("The French and German leaders held a video conference on the crisis.", "conference", "CONSULT"),
    ],
)
def test_remote_contacts_and_vows_of_ruin_are_recognised(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


def test_a_vow_to_turn_a_relationship_into_a_partnership_is_still_a_pledge(nlp: Any) -> None:
    assert ("vowed", "AGREE") in _triggers(nlp, "Tokyo vowed to turn its ties with Seoul into a partnership.")


def test_a_video_contact_has_the_phone_mode(nlp: Any) -> None:
    doc = nlp(parse.make_doc(nlp, "Xi Jinping and Joe Biden spoke over a video link.", "t-trig", None))
    found = trig.find_triggers(doc, load_lexicon(), set(), set())
    assert [t.mode for t in found if t.type == "CONSULT"] == ["phone"]


@pytest.mark.parametrize(
    "text",
    [
        # sanctions a party lives under or evades are not imposed by anyone in the sentence
        "Moscow set up new institutions to deal with Western sanctions.",
        "Banks in Caracas have found ways to cope with American sanctions since 2019.",
        "Pyongyang used shell companies to evade United Nations sanctions on its coal exports.",
        # a participle describing a kind of state names no state that acted
        "Officials from countries imposing sanctions on Iran met in Vienna.",
        "The Turkish minister criticised nations imposing sanctions, saying they hurt ordinary people.",
    ],
)
def test_sanctions_lived_under_or_imposed_by_a_kind_of_state_are_no_sanction(nlp: Any, text: str) -> None:
    assert "SANCTION" not in [etype for _, etype in _triggers(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Washington is imposing sanctions on Pakistan over its nuclear tests.",
        "The three countries imposing sanctions on Iraq met in Geneva.",
    ],
)
def test_a_particular_state_imposing_sanctions_still_sanctions(nlp: Any, text: str) -> None:
    assert ("sanctions", "SANCTION") in _triggers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a body's own meeting is no contact between the parties
        "The Indian prime minister chaired a cabinet meeting on Pakistan on Wednesday.",
        "Prime Minister Nawaz Sharif convened a cabinet meeting after the Indian strikes.",
        "After a board meeting, the Brazilian oil company said it would sell its stake in Argentina.",
        "The Chinese Communist Party congress endorsed the policy toward the United States.",
        # soldiers landing or arriving are no visit
        "Turkish troops landed in northern Cyprus on July 20, 1974.",
        "Israeli soldiers arrived in the Egyptian town of Rafah on Tuesday.",
        "American marines landed in Grenada in October 1983.",
    ],
)
def test_internal_meetings_and_landing_troops_are_no_contact(nlp: Any, text: str) -> None:
    assert "CONSULT" not in [etype for _, etype in _triggers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a commander's title names a person who travels, not a body of soldiers
        ("The Pakistani army chief arrived in Beijing on Monday.", "arrived"),
        ("A Chinese military delegation arrived in Washington on Monday.", "arrived"),
        ("Envoys from North Korea and the United States held a six-party meeting in Beijing.", "meeting"),
        ("Indian Prime Minister Modi chaired a meeting with the Pakistani delegation.", "meeting"),
    ],
)
def test_commanders_travelling_and_meetings_between_sides_are_contacts(
    bilat_nlp: Any, text: str, word: str
) -> None:
    # the whole pipeline: the side a commander belongs to is found by the actors stage
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "t-trig", dt.date(2000, 1, 1)))
    assert (word, "CONSULT") in [(e.trigger.text, e.type) for e in doc._.bilat_events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # sanctions in force as the setting of another act are not imposed in the story
        ("Iran's economy, battered by American sanctions, shrank by 5 percent in 2019.", "SANCTION"),
        ("Despite Western sanctions, Russia's trade with China grew by a third.", "SANCTION"),
        ("The Cuban government blamed the shortages on the impact of the U.S. embargo.", "SANCTION"),
        ("Venezuela's oil firm found ways around U.S. sanctions to sell crude to India.", "SANCTION"),
        # an internal body meeting or discussing is no contact
        ("The Japanese cabinet met on Tuesday to approve the defence budget.", "CONSULT"),
        ("The Politburo meeting in Beijing discussed relations with Washington.", "CONSULT"),
    ],
)
def test_sanctions_in_force_and_a_body_meeting_alone_are_no_events(nlp: Any, text: str, etype: str) -> None:
    assert etype not in [t for _, t in _triggers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Under the sanctions imposed by the UN in 1990, Iraq could not sell oil.", "sanctions", "SANCTION"),
        ("Pakistan was hit by new American sanctions on Friday.", "sanctions", "SANCTION"),
        ("The leaders of India and China met via video link on Friday.", "met", "CONSULT"),
    ],
)
def test_sanctions_told_with_their_imposing_and_remote_meetings_stay(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # ties cut: envoys sent home or withdrawn, borders and zones shut, pacts torn up
        ("India told Pakistan's envoy to leave New Delhi on Thursday.", "told", "SANCTION"),
        ("Ethiopia's envoy, Tesfaye Bekele, was asked to leave Eritrea.", "asked", "SANCTION"),
        ("Chile withdrew its ambassador from Bolivia in 1978.", "withdrew", "SANCTION"),
        ("Seoul shut the joint industrial zone with North Korea in February 2016.", "shut", "SANCTION"),
        ("India shut its border with Nepal in 2015.", "shut", "SANCTION"),
        ("Indonesia tore up its security treaty with Australia on Monday.", "treaty", "SANCTION"),
        # ... and the relative clause without a pronoun: the noun it hangs on is the object
        ("Havana and Washington restored the relations they broke off in 1961.", "broke", "SANCTION"),
        # a measure named by a pronoun is the object of the verb it is coordinated with
        ("Washington imposed a tariff on Canadian steel in 2017 and lifted it in 2021.", "lifted", "CONCEDE"),
        ("Canada imposed tariffs on American steel in 2018 and removed them in 2019.", "removed", "CONCEDE"),
        ("Ottawa dropped the duties on Chinese solar panels in 2021.", "dropped", "CONCEDE"),
        ("Seoul scrapped the ban on North Korean ships.", "ban", "CONCEDE"),
        # declaring oneself ready to give is an offer
        ("Tokyo said it was ready to pay compensation to the Korean workers.", "was", "AGREE"),
        ("Athens said it was willing to release the Turkish fishermen.", "was", "AGREE"),
    ],
)
def test_ties_cut_measures_lifted_by_pronoun_and_readiness_to_give(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The prime minister recalled his years as a student in London.", "recalled", "SANCTION"),
        ("Police told the protesters to leave the square.", "told", "SANCTION"),
        ("The bakery shut its doors after the war.", "shut", "SANCTION"),
        ("A Pakistani court lifted the ban on a television channel.", "ban", "CONCEDE"),
        ("The judge lifted the restrictions on the opposition leader.", "lifted", "CONCEDE"),
        ("He offered his condolences to the Turkish president.", "offered", "AGREE"),
        ("The summit offered a glimpse of how India and China might cooperate.", "offered", "AGREE"),
        ("The minister said he was ready to resign.", "was", "AGREE"),
        ("The new plant is ready to supply power to the grid.", "is", "AGREE"),
        ("Seoul imposed a curfew and lifted it a week later.", "lifted", "CONCEDE"),
        ("The court revoked the ban on the opposition newspaper.", "revoked", "CONCEDE"),
        ("The company dropped its prices in the winter.", "dropped", "CONCEDE"),
        ("It was the city where they broke the news.", "broke", "SANCTION"),
        # a participle describing troops or a team names no visit
        ("The Philippines tore up its visiting forces agreement with Washington.", "visiting", "CONSULT"),
        ("The visiting cricket team from Pakistan played in Mumbai.", "visiting", "CONSULT"),
    ],
)
def test_recalling_closing_lifting_and_offering_without_their_context_trigger_nothing(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_what_a_party_is_ready_to_do_is_offered_not_done(nlp: Any) -> None:
    doc = nlp(
        parse.make_doc(
            nlp, "Officials believe Seoul may be willing to scrap the quota on Japanese beef.", "t", None
        )
    )
    trig_ = next(t for t in trig.find_triggers(doc, load_lexicon(), set(), set()) if t.type == "CONCEDE")
    assert status.clause_status(trig_.predicate, verbal=False)[0] == "proposed"
    said = nlp(parse.make_doc(nlp, "Tokyo said it was ready to pay compensation to the workers.", "t", None))
    offer = next(t for t in trig.find_triggers(said, load_lexicon(), set(), set()) if t.type == "AGREE")
    assert status.clause_status(offer.predicate, verbal=False)[0] == "occurred"


def test_a_pact_that_did_not_hold_was_made(nlp: Any) -> None:
    text = "A second ceasefire between Russia and Georgia, announced on August 12, did not hold."
    doc = nlp(parse.make_doc(nlp, text, "t", None))
    (truce,) = [t for t in trig.find_triggers(doc, load_lexicon(), set(), set()) if t.type == "AGREE"]
    assert truce.predicate.i == truce.token.i
    assert status.noun_status(truce.token) in (None, "occurred")
    assert not status.is_negated(truce.token)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a person welcomed, embraced or greeted is a guest received, not a stance approved of
        (
            "President Erdogan welcomed Prime Minister Mitsotakis with a handshake at Ankara airport.",
            "welcomed",
            "CONSULT",
        ),
        (
            "Xi Jinping welcomed the visiting Indian premier at the Great Hall of the People.",
            "welcomed",
            "CONSULT",
        ),
        (
            "President Lula was welcomed by Argentine President Fernandez at the Casa Rosada on Monday.",
            "welcomed",
            "CONSULT",
        ),
        ("Mubarak embraced the Israeli premier on the tarmac in Cairo.", "embraced", "CONSULT"),
        # ... while a decision, agreement or release welcomed is support
        ("Tokyo welcomed the decision by Seoul to reopen the consulate.", "welcomed", "SUPPORT"),
        ("Islamabad welcomed the agreement on the Kartarpur corridor.", "welcomed", "SUPPORT"),
        ("Ottawa welcomed the release of the two Canadians by China.", "welcomed", "SUPPORT"),
        ("The decision was welcomed by the Japanese foreign minister.", "welcomed", "SUPPORT"),
        # a decree, order or law signed does what it says; a treaty or contract signed is agreed
        ("Putin signed a decree banning imports of Turkish fruit.", "banning", "SANCTION"),
        ("President Reagan signed an executive order imposing sanctions on Libya.", "sanctions", "SANCTION"),
        ("Brazil signed a contract with Argentina for natural gas.", "signed", "AGREE"),
        # civilian experts withdrawn cut a tie of aid; soldiers withdrawn retreat
        ("Moscow withdrew its technical advisers from Egypt in 1972.", "withdrew", "SANCTION"),
        ("The Soviet Union withdrew thousands of specialists from China in 1960.", "withdrew", "SANCTION"),
        ("Moscow recalled its experts from Beijing in 1960.", "recalled", "SANCTION"),
        ("India withdrew its troops from Sri Lanka in 1990.", "withdrew", "RETREAT"),
        ("Moscow withdrew its military advisers from Cairo.", "withdrew", "RETREAT"),
        ("Athens asked the Turkish diplomat to leave the country within 48 hours.", "asked", "SANCTION"),
    ],
)
def test_the_object_decides_the_type_of_welcome_sign_and_withdraw(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Putin signed a decree imposing economic sanctions on Turkey.", "signed", "AGREE"),
        ("Carter signed a bill restricting grain sales to the Soviet Union.", "signed", "AGREE"),
        ("Moscow withdrew its technical advisers from Egypt in 1972.", "withdrew", "RETREAT"),
        ("Seoul welcomed the new year with fireworks.", "welcomed", "SUPPORT"),
        ("The speaker asked the Chinese ambassador to leave the room.", "asked", "SANCTION"),
        ("The chairman asked the Pakistani diplomat to leave the meeting.", "asked", "SANCTION"),
        ("Chancellor Kohl welcomed President Mitterrand at the chancellery in Bonn.", "welcomed", "SUPPORT"),
    ],
)
def test_the_object_rules_out_the_type_its_verb_alone_would_name(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_a_dinner_hosted_for_the_press_is_no_visit(nlp: Any) -> None:
    assert not [
        t
        for t in _triggers(nlp, "The Japanese prime minister hosted a dinner for the press in Seoul.")
        if t[1] == "CONSULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese emperor hosted a state banquet for the Chinese president in Tokyo.",
        "Mitterrand gave a lunch for Kohl at the Elysee.",
    ],
)
def test_a_meal_given_for_a_foreign_guest_receives_the_guest(nlp: Any, text: str) -> None:
    assert [t for t in _triggers(nlp, text) if t[1] == "CONSULT"]


def test_welcoming_a_newly_elected_leader_is_support_not_a_reception(nlp: Any) -> None:
    found = _triggers(nlp, "Washington welcomed the newly elected Philippine president.")
    assert ("welcomed", "SUPPORT") in found
    assert ("welcomed", "CONSULT") not in found


@pytest.mark.parametrize(
    ("text", "word", "etype", "expected"),
    [
        ("Reagan signed the Comprehensive Anti-Apartheid Act in October 1986.", "signed", "AGREE", False),
        ("Thirty-five nations signed the Helsinki Final Act in 1975.", "signed", "AGREE", True),
        ("Putin announced the signing of a decree on sanctions against Turkey.", "signing", "AGREE", False),
        (
            "Putin announced the signing of a decree on sanctions against Turkey.",
            "sanctions",
            "SANCTION",
            True,
        ),
    ],
)
def test_a_domestic_act_signed_is_no_agreement_but_a_final_act_is(
    nlp: Any, text: str, word: str, etype: str, expected: bool
) -> None:
    assert ((word, etype) in _triggers(nlp, text)) is expected


def test_the_withdrawal_of_civilian_experts_cuts_aid(nlp: Any) -> None:
    found = _triggers(nlp, "Khrushchev ordered the withdrawal of Soviet experts from China.")
    assert ("withdrawal", "SANCTION") in found
    assert ("withdrawal", "RETREAT") not in found


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # money promised or handed over is aid, not a pact or a thing returned
        ("The Kuwaiti government pledged 50 million dollars to rebuild schools in Gaza.", "pledged", "AID"),
        ("Germany will hand over to Poland 500 million marks in compensation.", "hand", "AID"),
        ("Moscow extended a credit line of 2 billion roubles to Havana.", "extended", "AID"),
        # forces crossing a frontier, advancing on a place, torpedoing a ship
        ("Pakistani troops crossed the Line of Control and advanced towards Kargil.", "crossed", "ASSAULT"),
        ("Pakistani troops crossed the Line of Control and advanced towards Kargil.", "advanced", "ASSAULT"),
        ("An Iraqi jet torpedoed a Greek tanker in the Gulf.", "torpedoed", "ASSAULT"),
        # forces pulling apart or leaving; a seized skipper set free
        ("Vietnamese and Chinese forces began to disengage from the disputed hills.", "disengage", "RETREAT"),
        ("The last Soviet soldiers departed Afghanistan in February 1989.", "departed", "RETREAT"),
        ("Seoul released the captain of a North Korean fishing boat.", "released", "RETREAT"),
        # forces deployed along a line
        ("Chinese troops took up positions along the Indian frontier.", "took", "MOBILIZE"),
        ("Russian military police began patrolling the Syrian border.", "patrolling", "MOBILIZE"),
        ("East German troops sealed the border with West Berlin.", "sealed", "MOBILIZE"),
        # a member state suspended; a party held responsible; a state recognised as such
        ("The Commonwealth suspended Zimbabwe from its councils in 2002.", "suspended", "SANCTION"),
        ("Washington held Tehran responsible for the bombing of the barracks.", "held", "ACCUSE"),
        ("Turkey recognised Azerbaijan as an independent state in 1991.", "recognised", "SUPPORT"),
        # demands waved away are refused
        ("Hanoi shrugged off American demands for an accounting of missing servicemen.", "demands", "REJECT"),
        ("Cairo brushed aside Israeli demands for a buffer zone.", "demands", "REJECT"),
        # conferring with no "with"; a warning worded as a response that will meet an act
        ("The ministers of Brazil and Argentina conferred in Brasilia on Tuesday.", "conferred", "CONSULT"),
        ("Any attack on our soil will be met with a crushing response, Tehran warned.", "met", "THREATEN"),
        # a ship named after its class; a thing two parties make together
        ("A German submarine torpedoed the British liner Lusitania in 1915.", "torpedoed", "ASSAULT"),
        ("India and Japan will jointly develop a new fighter engine.", "develop", "COOPERATE"),
        ("Kenya and Tanzania will jointly build a railway to Lake Victoria.", "build", "COOPERATE"),
    ],
)
def test_fifth_round_trigger_classes(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Australia pledged support for the Indonesian peace plan.", "pledged", "AID"),
        ("Tokyo pledged to consult Seoul before any change in its textbooks.", "pledged", "AID"),
        ("Thousands of refugees crossed the border into Thailand.", "crossed", "ASSAULT"),
        ("The delegates crossed the border at Panmunjom for the talks.", "crossed", "ASSAULT"),
        ("The French veto torpedoed the British application to join.", "torpedoed", "ASSAULT"),
        ("The Sorbonne conferred an honorary doctorate on the Indian president.", "conferred", "CONSULT"),
        ("Ministers discussed the proposed customs union with Brazil.", "proposed", "REQUEST"),
        ("The proposal met with fierce resistance in Bonn.", "met", "THREATEN"),
        ("The court suspended the ban on Turkish imports.", "suspended", "SANCTION"),
        ("The Indian delegation departed for Islamabad on Monday.", "departed", "RETREAT"),
        ("The two sides held talks on the border in Beijing.", "held", "ACCUSE"),
        ("Tourists patrolled the beach in search of turtles.", "patrolled", "MOBILIZE"),
        ("Brazil recognised the importance of its trade with Argentina.", "recognised", "SUPPORT"),
        ("The Senate overrode the president's veto of the sanctions bill.", "veto", "REJECT"),
        ("Moscow refused to recognise West Berlin as part of the Federal Republic.", "recognise", "SUPPORT"),
        ("France and Germany developed close ties after 1963.", "developed", "COOPERATE"),
        ("The two governments built trust over a decade of talks.", "built", "COOPERATE"),
    ],
)
def test_fifth_round_triggers_keep_to_their_sense(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) not in _triggers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Washington eased the embargo on Cuba in 2015.",
        "The European Union relaxed the sanctions on Belarus in 2016.",
        "Beijing has loosened the restrictions on Japanese seafood imports.",
        "Washington rolled back the sanctions on Pyongyang.",
    ],
)
def test_easing_a_measure_concedes_with_the_easing_mode(nlp: Any, text: str) -> None:
    doc = nlp(parse.make_doc(nlp, text, "t-trig", None))
    found = trig.find_triggers(doc, load_lexicon(), set(), set())
    assert [(t.type, t.mode) for t in found] == [("CONCEDE", "ease_sanctions")]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo offered to pay compensation to the families of the Korean victims.",
        "Bonn said it was ready to pay reparations to Israel.",
    ],
)
def test_offering_to_pay_compensation_is_an_agreement(nlp: Any, text: str) -> None:
    assert [t for t in _triggers(nlp, text) if t[1] == "AGREE"]
    assert not [t for t in _triggers(nlp, text) if t[1] in ("AID", "CONCEDE", "REQUEST")]


def test_talks_a_call_was_made_for_are_that_call(nlp: Any) -> None:
    text = "The Indian envoy telephoned the Pakistani foreign secretary to discuss the Siachen dispute."
    assert [t for t in _triggers(nlp, text) if t[1] == "CONSULT"] == [("telephoned", "CONSULT")]


def test_a_journey_made_to_meet_someone_is_a_visit_and_a_meeting(nlp: Any) -> None:
    found = _triggers(nlp, "Modi flew to Tokyo to meet Abe.")
    assert ("flew", "CONSULT") in found
    assert ("meet", "CONSULT") in found


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a war the text dates, or fights between two parties, is one fought
        ("Relations between India and Pakistan have been tense since the war of 1971.", "war", "ASSAULT"),
        ("The 1969 war between El Salvador and Honduras killed thousands.", "war", "ASSAULT"),
        ("Athens has not forgotten a war between Greece and Turkey in the last century.", "war", "ASSAULT"),
        ("Fighting erupted in May when Indian troops occupied the ridge.", "Fighting", "ASSAULT"),
        ("The last war, in May and June 1999, killed at least 500 soldiers.", "war", "ASSAULT"),
        ("Paraguay won the Chaco War of 1932 to 1935 against Bolivia.", "War", "ASSAULT"),
        # visas put on another's citizens; a claim given up
        ("In 1989 Seoul imposed visas on Japanese visitors.", "imposed", "SANCTION"),
        ("Ecuador renounced its claim to the Amazon territory.", "renounced", "CONCEDE"),
        ("Beijing renounced its demand for reparations from Tokyo in 1972.", "demand", "CONCEDE"),
        # offices for liaison and bus services between two countries
        ("The two countries opened liaison offices in each other's capitals in 1992.", "opened", "COOPERATE"),
        ("Sharif and Vajpayee flagged off a bus service between Lahore and Delhi.", "flagged", "COOPERATE"),
        (
            "Islamabad and New Delhi inaugurated a bus service between Lahore and Amritsar.",
            "inaugurated",
            "COOPERATE",
        ),
    ],
)
def test_background_acts_told_by_nouns_and_clauses(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The two leaders engaged in a war of words over the islands in 2012.", "ASSAULT"),
        ("A price war between Chinese and American airlines cut fares in 2015.", "ASSAULT"),
        ("The trade war between Washington and Beijing hurt farmers in 2019.", "ASSAULT"),
        ("Both countries fear a war of attrition in 1985.", "ASSAULT"),
        ("The treaty ended four decades of war and hostility between Tokyo and Seoul.", "ASSAULT"),
        ("Analysts warned of the risk of a war between India and Pakistan.", "ASSAULT"),
        ("World War II ended in 1945.", "ASSAULT"),
        ("A war between India and Pakistan would be catastrophic, the minister said.", "ASSAULT"),
        ("The company is shutting a factory in Ohio.", "SANCTION"),
        ("Rain halted the match between India and Pakistan.", "SANCTION"),
        ("The company opened new offices in Tokyo.", "COOPERATE"),
        ("The mayor flagged off the marathon on Sunday.", "COOPERATE"),
        ("Fighting for the title, the boxer broke his hand.", "ASSAULT"),
        ("Seoul renounced its demand for compensation from Japan.", "REQUEST"),
    ],
)
def test_figurative_wars_and_closures_of_things_are_no_acts(nlp: Any, text: str, etype: str) -> None:
    assert etype not in [t for _, t in _triggers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # military exercises halted or called off: a step back, not a joint act
        (
            "Seoul said on Monday it would suspend joint military drills with Washington.",
            "suspend",
            "CONCEDE",
        ),
        ("Moscow called off naval manoeuvres with Minsk after the talks.", "called", "CONCEDE"),
        # regretting another party's decision disapproves of it
        ("The European Union said it regretted the decision by Ankara.", "regretted", "ACCUSE"),
        # a line of credit opened to a country is a loan
        ("Tokyo announced a fresh line of credit of 2 billion dollars for ports in Vietnam.", "line", "AID"),
        ("An Indian credit line of $500 million to Nepal will fund new roads.", "line", "AID"),
    ],
)
def test_halted_exercises_regretted_decisions_and_credit_lines(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("India and France held joint naval exercises off Goa in May.", "exercises", "CONCEDE"),
        (
            "Seoul said on Monday it would suspend joint military drills with Washington.",
            "drills",
            "COOPERATE",
        ),
        ("Tokyo regretted the loss of life in the typhoon.", "regretted", "ACCUSE"),
        ("The Indian minister drew a line under the dispute with Pakistan.", "line", "AID"),
        # declining to give figures or a date is no comment, not a refusal
        ("Pretoria declined to put a figure on the arms contracts with Paris.", "declined", "REJECT"),
        ("The minister declined to give a date for the talks with Beijing.", "declined", "REJECT"),
        ("Pakistan refused to give details of the Indian officers it had arrested.", "refused", "REJECT"),
    ],
)
def test_held_exercises_sympathy_and_withheld_figures_are_no_such_acts(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_declining_to_attend_is_still_a_rejection(nlp: Any) -> None:
    assert ("declined", "REJECT") in _triggers(
        nlp, "Israel declined to attend the talks with Egypt in Cairo."
    )


def test_sanctions_said_to_stay_in_place_are_no_new_act(nlp: Any) -> None:
    def found(text: str) -> list[str]:
        return [e.type for e in find_events(nlp(parse.make_doc(nlp, text, "t-stay", dt.date(2000, 1, 1))))]

    assert found("The US envoy said sanctions on Iran would stay in place for now.") == []
    assert "SANCTION" in found("Washington imposed sanctions on Iran that remain in place today.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new pipeline offers Greece a way out of its dependence on Russian gas.", "offers"),
        ("Kohl struck a conciliatory note towards Warsaw in a speech on Monday.", "struck"),
    ],
)
def test_a_thing_that_offers_or_a_note_struck_is_no_agreement(nlp: Any, text: str, word: str) -> None:
    assert (word, "AGREE") not in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Chinese delegation offered a compromise on the border question.", "offered"),
        ("Egypt offered to mediate between Athens and Ankara.", "offered"),
        ("Israel and Jordan struck a water-sharing accord in 1994.", "accord"),
    ],
)
def test_a_party_that_offers_or_strikes_an_accord_agrees(nlp: Any, text: str, word: str) -> None:
    assert (word, "AGREE") in _triggers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin called Erdogan on Tuesday to discuss the Syrian ceasefire.",
        "The Japanese premier called his Korean counterpart on Friday.",
    ],
)
def test_calling_someone_on_a_day_rings_them_and_asks_nothing(nlp: Any, text: str) -> None:
    found = _triggers(nlp, text)
    assert ("called", "CONSULT") in found
    assert ("called", "REQUEST") not in found


def test_calling_on_a_party_on_a_day_is_still_a_request(nlp: Any) -> None:
    assert ("called", "REQUEST") in _triggers(
        nlp, "Washington called on Tokyo on Monday to open its rice market."
    )


def test_calling_them_costly_names_them_and_rings_no_one(nlp: Any) -> None:
    found = _triggers(
        nlp, 'Moscow said it would halt the "war games" it stages with Minsk, calling them costly.'
    )
    assert ("halt", "CONCEDE") in found
    assert ("calling", "CONSULT") not in found


def test_a_crowd_counted_in_thousands_demonstrates_and_the_pact_it_protests_is_no_new_one(nlp: Any) -> None:
    found = _triggers(nlp, "About two thousand Greeks protested against the deal in Thessaloniki.")
    assert ("protested", "PROTEST") in found
    assert not any(
        t == "AGREE" for _, t in _triggers(nlp, "Several thousand Serbs protested against the accord.")
    )


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Greece protested to Turkey over the survey ship.", "ACCUSE"),
        ("Two thousand Syrian troops marched into the town.", "ASSAULT"),
    ],
)
def test_a_state_protests_and_counted_troops_march_as_before(nlp: Any, text: str, etype: str) -> None:
    assert etype in [t for _, t in _triggers(nlp, text)]
    assert "PROTEST" not in [t for _, t in _triggers(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the United States recognised Israeli sovereignty over the Golan Heights.",
        "Nicaragua recognised the annexation of Crimea by Russia.",
    ],
)
def test_recognising_a_claim_to_a_territory_takes_a_side(nlp: Any, text: str) -> None:
    assert ("recognised", "SUPPORT") in _triggers(nlp, text)


def test_recognising_independence_is_still_an_agreement(nlp: Any) -> None:
    found = _triggers(nlp, "Moscow recognised the independence of Abkhazia in 2008.")
    assert ("recognised", "AGREE") in found
    assert ("recognised", "SUPPORT") not in found


def test_accepting_that_a_long_clause_holds_is_no_agreement_even_when_misparsed(nlp: Any) -> None:
    text = (
        "Many Asian powers now accept that Chinese and Russian successes since Beijing began its"
        " naval build-up in 2012 require Tokyo to be consulted on any new security pact."
    )
    assert ("accept", "AGREE") not in _triggers(nlp, text)
    assert ("accepted", "AGREE") in _triggers(
        nlp, "Seoul accepted the Japanese plan for a joint fishing zone."
    )


def test_accepting_that_plural_successes_hold_is_no_agreement_but_that_proposal_is(nlp: Any) -> None:
    text = (
        "Many European governments now accept that Turkish and Russian gains on the ground since Ankara"
        " began its offensive in 2019 require Damascus to be included in any settlement."
    )
    assert ("accept", "AGREE") not in _triggers(nlp, text)
    assert ("proposal", "AGREE") in _triggers(nlp, "Seoul accepted that proposal from Tokyo on Monday.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Pakistani leader, who flew to Geneva to hear the verdict, vowed to fight on.", "flew"),
        ("The Indian president travelled to Paris to watch the Bastille Day parade.", "travelled"),
    ],
)
def test_a_trip_to_hear_a_verdict_or_watch_a_parade_is_no_visit(nlp: Any, text: str, word: str) -> None:
    assert (word, "CONSULT") not in _triggers(nlp, text)


def test_a_trip_to_meet_a_leader_is_still_a_visit(nlp: Any) -> None:
    assert ("travelled", "CONSULT") in _triggers(
        nlp, "The Indian president travelled to Paris to meet Macron."
    )


def test_a_visit_the_next_sentence_calls_the_first_since_the_war_is_the_same_visit(nlp: Any) -> None:
    text = (
        "Kohl is expected to visit Warsaw next month for talks with Mazowiecki."
        " It would be the first visit to Poland by a German chancellor since 1977."
    )
    visits = [w for w, t in _triggers(nlp, text) if t == "CONSULT" and w == "visit"]
    assert len(visits) == 1


def test_talks_called_the_first_meeting_since_the_war_keep_their_meeting(nlp: Any) -> None:
    found = _triggers(
        nlp, "The talks in Geneva were the first meeting between the two foreign ministers since 1979."
    )
    assert ("meeting", "CONSULT") in found


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a wrong of one's own admitted concedes
        (
            "Italy formally admitted that its colonial troops committed massacres in Libya.",
            "admitted",
            "CONCEDE",
        ),
        (
            "Belgium recognised that its administration committed atrocities in the Congo.",
            "recognised",
            "CONCEDE",
        ),
        # envoys back at the posts they were recalled from
        ("The two ambassadors returned to their posts in March 1988.", "returned", "CONCEDE"),
        # guns trading fire
        ("Three days of artillery duels along the Line of Control left twelve dead.", "duels", "ASSAULT"),
        # citizens told to keep away from a country
        ("Britain advised its citizens not to travel to Argentina.", "advised", "SANCTION"),
        ("Beijing warned its nationals not to travel to Japan during the holiday.", "warned", "SANCTION"),
        # calling on a named host with no request is a visit
        ("Nakasone called on Chun in Seoul on Friday.", "called", "CONSULT"),
    ],
)
def test_trigger_classes_told_without_their_usual_verb(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # another's crimes recognised accuse, they concede nothing
        ("France recognised that Turkey committed genocide against the Armenians.", "recognised"),
        # a duel of words
        ("The two candidates fought a verbal duel on television.", "duel"),
        # envoys travelling to a capital are not restored to their posts
        ("The ambassadors returned to Islamabad on Friday.", "returned"),
        # citizens told to leave are evacuated, not kept away
        ("Britain advised its citizens to leave Libya immediately.", "advised"),
        # naming something is no call for it
        ("Erdogan called it a historic day for both nations.", "called"),
    ],
)
def test_look_alikes_of_those_classes_trigger_nothing(nlp: Any, text: str, word: str) -> None:
    assert word not in [w for w, _ in _triggers(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Koizumi called on Roh to release the fishermen.",
        # the parser hangs the to-clause on the speech; the call still asks
        "King Hassan struck a conciliatory note, calling on President Bouteflika in a speech"
        " on July 31 to work together.",
    ],
)
def test_calling_on_a_person_to_act_is_a_request(nlp: Any, text: str) -> None:
    assert ("called" if "called" in text else "calling", "REQUEST") in _triggers(nlp, text)


def test_a_high_commissioner_summoned_is_a_protest(nlp: Any) -> None:
    text = "India summoned Britain's High Commissioner, Alex Ellis, on Tuesday."
    assert ("summoned", "ACCUSE") in _triggers(nlp, text)


def test_a_sum_pledged_is_an_offer_and_aid_pledged_is_aid(nlp: Any) -> None:
    offer = _triggers(nlp, "Japan has pledged 2 billion dollars to South Korea as a gesture of goodwill.")
    assert ("pledged", "AGREE") in offer
    assert ("pledged", "AID") not in offer
    assert ("pledged", "AID") in _triggers(nlp, "Washington pledged emergency aid to Manila.")


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # support promised to a party is support, not a pact
        ("Reagan assured him of American support.", "assured", "SUPPORT"),
        ("Washington assured Cairo that the aid would continue.", "assured", "AGREE"),
        # forgiveness asked of the wronged is an apology
        ("Tokyo asked Seoul for forgiveness.", "asked", "CONCEDE"),
        ("Pakistan asked India for more time.", "asked", "REQUEST"),
        # remains taken in colonial times handed back
        (
            "France returned the skulls of Algerian resistance fighters to Algeria in 2020.",
            "returned",
            "CONCEDE",
        ),
        # a revolt put down by force
        ("In 1956 Soviet troops crushed the uprising in Hungary.", "crushed", "ASSAULT"),
        # a grievance taken up with the other side
        ("Abe said he had raised the matter with Xi.", "raised", "ACCUSE"),
    ],
)
def test_support_apology_restitution_repression_and_grievance(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government crushed hopes of a quick deal.", "crushed"),
        ("The minister raised taxes with the help of parliament.", "raised"),
        ("Iran returned the sailors' belongings to the embassy.", "returned"),
    ],
)
def test_crushing_hopes_raising_taxes_and_returning_belongings_are_no_acts(
    nlp: Any, text: str, word: str
) -> None:
    assert word not in [w for w, _ in _triggers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a refusal told as a negated promise: not a retreat or a meeting planned
        ("Ankara said Turkish troops would never withdraw from northern Cyprus.", "withdraw", "REJECT"),
        ("Nehru said he would not talk to Karachi until its troops pulled back.", "talk", "REJECT"),
        ("Begin said Israel would never negotiate with the PLO.", "negotiate", "REJECT"),
        # police sent to a frontier deploy; customs holding up goods block trade
        ("Athens sent some 400 police officers to the Evros frontier on Sunday.", "sent", "MOBILIZE"),
        ("Cairo sent riot police to the Rafah crossing.", "sent", "MOBILIZE"),
        (
            "Indian customs officials have since held up shipments of Chinese tea and silk.",
            "held",
            "SANCTION",
        ),
    ],
)
def test_negated_withdrawal_police_sent_to_a_border_and_goods_held_up(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Turkish troops withdrew from northern Cyprus in 1975.", "withdrew", "REJECT"),
        ("Nehru said he would not talk under pressure.", "talk", "REJECT"),
        ("The ministry sent a police officer to the ceremony.", "sent", "MOBILIZE"),
        ("Bad weather held up the talks.", "held", "SANCTION"),
    ],
)
def test_withdrawal_done_talk_with_no_partner_one_officer_and_delay_are_not_those_acts(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_act_a_refusal_waits_for_is_not_reported(nlp: Any) -> None:
    found = _triggers(nlp, "Nehru said he would not meet Ayub until Pakistani troops left Kashmir.")
    assert ("left", "RETREAT") not in found
    # with no refusal, the act the clause tells took place
    assert ("left", "RETREAT") in _triggers(
        nlp, "Shelling went on until Pakistani troops left Kashmir in 1966."
    )


def test_support_in_a_present_relative_clause_is_a_stance_not_an_act(nlp: Any) -> None:
    stance = "Libya, which backs the Chadian rebels, recalled its envoy from Paris on Monday."
    assert ("backs", "SUPPORT") not in _triggers(nlp, stance)
    told = "Libya, which backed the Chadian rebels in 1983, recalled its envoy from Paris on Monday."
    assert ("backed", "SUPPORT") in _triggers(nlp, told)


def test_opposition_parties_criticising_speak_for_no_government(nlp: Any) -> None:
    assert ("criticised", "ACCUSE") not in _triggers(
        nlp, "Opposition parties in Tokyo criticised the accord with Seoul."
    )
    assert ("criticised", "ACCUSE") in _triggers(
        nlp, "The Japanese government criticised the accord with Seoul."
    )


def test_minister_expected_in_a_capital_is_a_visit_announced(nlp: Any) -> None:
    text = "Soviet Foreign Minister Shevardnadze is expected in Tokyo next week."
    assert ("expected", "CONSULT") in _triggers(nlp, text)
    doc = nlp(parse.make_doc(nlp, text, "t-trig", dt.date(1990, 5, 2)))
    visit = [t for t in trig.find_triggers(doc, load_lexicon(), set(), set()) if t.type == "CONSULT"]
    assert visit[0].status_hint == "planned"
    assert ("expected", "CONSULT") not in _triggers(nlp, "Heavy rain is expected in Tokyo next week.")


def test_treasure_handed_back_is_restitution_and_land_handed_back_a_retreat(nlp: Any) -> None:
    assert ("handed", "CONCEDE") in _triggers(
        nlp, "Paris handed back the looted statues to Cambodia in 1996."
    )
    found = _triggers(nlp, "Israel handed back the Sinai peninsula to Egypt in 1982.")
    assert ("handed", "CONCEDE") not in found
    assert ("handed", "RETREAT") in found


def test_calling_a_decision_troubling_blames_and_a_deposit_imposed_is_a_duty(nlp: Any) -> None:
    assert ("called", "ACCUSE") in _triggers(nlp, 'Seoul called the decision "deeply troubling".')
    assert ("called", "ACCUSE") not in _triggers(nlp, "Seoul called the decision a relief.")
    found = _triggers(nlp, "Washington will impose anti-dumping deposits of 40 percent on Chinese steel.")
    assert ("deposits", "SANCTION") in found
    assert ("deposits", "SANCTION") not in _triggers(
        nlp, "The bank will require deposits from Chinese buyers."
    )


def test_memorandum_to_a_body_carries_a_statement_and_one_of_understanding_is_a_pact(nlp: Any) -> None:
    found = _triggers(nlp, "Ecuador rejected the charges in a memorandum to the OAS on March 3.")
    assert ("memorandum", "AGREE") not in found
    assert ("memorandum", "AGREE") in _triggers(
        nlp, "Hanoi and Beijing signed a memorandum of understanding."
    )


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Honduras said it accepted the court's ruling on the border.", "accepted", "CONCEDE"),
        ("Honduras said it would not accept the court's ruling.", "accept", "REJECT"),
        ("France had blocked Britain's bid for membership in 1963.", "blocked", "REJECT"),
    ],
)
def test_ruling_accepted_is_yielded_to_and_a_bid_blocked_is_refused(
    nlp: Any, text: str, word: str, etype: str
) -> None:
    assert (word, etype) in _triggers(nlp, text)


def test_road_blocked_is_no_refusal(nlp: Any) -> None:
    assert ("blocked", "REJECT") not in _triggers(nlp, "Farmers blocked the road to the border.")


def test_act_done_repeatedly_is_reported_but_one_done_regularly_is_a_standing_arrangement(nlp: Any) -> None:
    found = _triggers(nlp, "Islamabad has repeatedly asked New Delhi to lift the ban.")
    assert ("asked", "REQUEST") in found
    assert ("meet", "CONSULT") not in _triggers(nlp, "The two foreign ministers will meet regularly.")


def test_what_a_treaty_binds_its_parties_to_is_its_content_not_an_act(nlp: Any) -> None:
    text = "Lima left the 1929 treaty under which the two countries were to build a railway."
    assert ("build", "COOPERATE") not in _triggers(nlp, text)
    assert ("built", "COOPERATE") in _triggers(nlp, "Peru and Chile jointly built a railway in 1930.")


def test_treating_a_country_as_a_threat_is_a_view_not_a_warning(nlp: Any) -> None:
    assert ("threat", "THREATEN") not in _triggers(
        nlp, "Moscow said NATO should stop treating Russia as a threat."
    )
    assert ("threatened", "THREATEN") in _triggers(nlp, "Moscow threatened Kiev with a gas cut-off.")


def test_flying_home_or_back_is_a_return_not_a_visit(nlp: Any) -> None:
    home = _triggers(nlp, "The Iraqi delegation flew home to Baghdad on Wednesday.")
    back = _triggers(nlp, "The minister travelled back to Lima after the talks.")
    assert ("flew", "CONSULT") not in home and ("travelled", "CONSULT") not in back
    assert ("flew", "CONSULT") in _triggers(nlp, "The Kuwaiti minister flew to Baghdad on Wednesday.")
