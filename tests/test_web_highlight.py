"""Cutting a report's text into tinted sentences and marked findings for the web page."""
from app.highlight import letter_blocks
from readability.report import Finding, ModelInfo, Report, Scores, SentenceReport, Stats

TEXT = "Beste ouders,\n\nIndien u verhinderd bent, bel z.s.m. de mentor.\nTot dan!"


def sentence(start, end, level, kind="sentence"):
    return SentenceReport(start=start, end=end, text=TEXT[start:end], kind=kind, words=1, level=level, lint=None)


def finding(start, end, rule="jargon", severity="warning"):
    return Finding(rule=rule, start=start, end=end, text=TEXT[start:end], message="m", severity=severity)


def report(sentences, findings):
    stats = Stats(characters=len(TEXT), words=10, sentences=len(sentences), avg_sentence_length=1, max_sentence_length=1,
                  long_sentences=0, passives=0, subordinate_clauses=0, nominalisations=0, rare_words=0, avg_word_zipf=None)
    return Report(level="B2", target="A2", verdict="hold", summary="s", scores=Scores(lint=None, lint_level=None, flesch_douma=None),
                  stats=stats, sentences=sentences, findings=findings, model=ModelInfo(name="n", version="1"),
                  input_format="text", text=TEXT)


def spans_of(blocks):
    return [(b.sentence and b.sentence.level, [(p.text, p.findings, p.anchors) for p in b.parts]) for b in blocks]


SALUTATION = sentence(0, 13, "A1", "salutation")
MAIN = sentence(TEXT.index("Indien"), TEXT.index("mentor.") + 7, "B2")
CLOSING = sentence(TEXT.index("Tot"), len(TEXT), "A1", "closing")
INDIEN = TEXT.index("Indien")
ZSM = TEXT.index("z.s.m.")


def test_pieces_rebuild_the_text_exactly():
    blocks = letter_blocks(report([SALUTATION, MAIN, CLOSING], [finding(INDIEN, INDIEN + 6), finding(ZSM, ZSM + 6)]))
    assert "".join(part.text for block in blocks for part in block.parts) == TEXT


def test_sentences_gaps_and_findings():
    blocks = letter_blocks(report([SALUTATION, MAIN, CLOSING], [finding(INDIEN, INDIEN + 6), finding(ZSM, ZSM + 6)]))
    assert spans_of(blocks) == [
        ("A1", [("Beste ouders,", [], [])]),
        (None, [("\n\n", [], [])]),
        ("B2", [("Indien", [0], [0]), (" u verhinderd bent, bel ", [], []), ("z.s.m.", [1], [1]), (" de mentor.", [], [])]),
        (None, [("\n", [], [])]),
        ("A1", [("Tot dan!", [], [])]),
    ]
    assert [b.above_target for b in blocks] == [False, False, True, False, False]


def test_overlapping_findings_share_the_overlap_and_each_is_anchored_once():
    whole = finding(MAIN.start, MAIN.end, "sentence.length", "error")
    blocks = letter_blocks(report([MAIN], [whole, finding(INDIEN, INDIEN + 6)]))
    main = next(b for b in blocks if b.sentence)
    assert [(p.text, p.findings, p.anchors, p.severity) for p in main.parts] == [
        ("Indien", [0, 1], [0, 1], "error"),
        (" u verhinderd bent, bel z.s.m. de mentor.", [0], [], "error"),
    ]


def test_finding_across_a_sentence_boundary_is_marked_in_both():
    across = finding(MAIN.end - 7, CLOSING.start + 3)
    blocks = letter_blocks(report([SALUTATION, MAIN, CLOSING], [across]))
    marked = [(b.sentence and b.sentence.level, p.text) for b in blocks for p in b.parts if p.findings]
    assert marked == [("B2", "mentor."), (None, "\n"), ("A1", "Tot")]


def test_no_sentences_gives_one_plain_block():
    blocks = letter_blocks(report([], []))
    assert spans_of(blocks) == [(None, [(TEXT, [], [])])]
