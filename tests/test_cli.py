"""`ouderbrief check`: exit codes 0 pass / 1 hold / 2 unusable, Dutch text output, JSON output."""
import json
import subprocess
import sys

import pytest

EASY = "Beste ouders,\n\nMorgen is er geen school.\nDe juf is ziek.\nVragen? Bel juf Sara.\n"
HARD = ("Middels deze brief willen wij u informeren over de gewijzigde procedure omtrent de "
        "absentenregistratie, welke met ingang van het nieuwe schooljaar door de verzuimcoördinator "
        "in samenspraak met de leerplichtambtenaar zal worden uitgevoerd.\n")


def run(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "readability.cli", *args], input=stdin,
                          capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("letters")
    (folder / "easy.txt").write_text(EASY, encoding="utf8")
    (folder / "hard.txt").write_text(HARD, encoding="utf8")
    (folder / "latin1.txt").write_bytes("Café de école".encode("latin-1"))
    (folder / "empty.txt").write_text("  \n", encoding="utf8")
    (folder / "huge.txt").write_text("woord " * 40_000, encoding="utf8")
    return folder


def test_pass_and_hold_exit_codes_with_dutch_output(letters):
    easy = run("check", str(letters / "easy.txt"))
    assert easy.returncode == 0, easy.stderr
    assert "Niveau:" in easy.stdout.decode()
    hard = run("check", str(letters / "hard.txt"))
    assert hard.returncode == 1
    out = hard.stdout.decode()
    assert "NIET VERSTUREN" in out and "1:1" in out


def test_json_output_follows_the_schema(letters):
    result = run("check", "--format", "json", "--target", "B1", str(letters / "hard.txt"))
    report = json.loads(result.stdout)
    assert report["target"] == "B1" and report["verdict"] == "hold"
    for finding in report["findings"]:
        assert report["text"][finding["start"]:finding["end"]] == finding["text"]


def test_stdin_and_fail_on_never():
    result = run("check", "--fail-on", "never", "-", stdin=HARD.encode())
    assert result.returncode == 0 and b"NIET VERSTUREN" in result.stdout


@pytest.mark.parametrize("name, words", [
    ("missing.txt", "bestaat niet"),
    ("latin1.txt", "UTF-8"),
    ("empty.txt", "geen tekst"),
    ("huge.txt", "te lang"),
])
def test_unusable_input_exits_2_with_a_clear_message(letters, name, words):
    result = run("check", str(letters / name))
    assert result.returncode == 2
    assert words in result.stderr.decode()
    assert result.stdout == b""


def test_bad_arguments_exit_2():
    assert run("check", "--target", "C2", "-", stdin=EASY.encode()).returncode == 2


def test_missing_pipeline_named_in_the_environment_exits_2(monkeypatch):
    monkeypatch.setenv("OUDERBRIEF_SPACY_MODEL", "nl_core_news_zz")
    result = run("check", "-", stdin=EASY.encode())
    assert result.returncode == 2
    assert b"OUDERBRIEF_SPACY_MODEL" in result.stderr and b"Traceback" not in result.stderr


def test_relay_with_a_bad_address_exits_2():
    result = run("relay", "--listen", "nergens", "--forward", "127.0.0.1:25")
    assert result.returncode == 2 and b"HOST:PORT" in result.stderr


def test_text_output_prints_a_sentence_rewrite_under_its_finding():
    result = run("check", "-", stdin="Beste ouders,\n\nHet vervoer wordt door de ouderraad geregeld.\n".encode())
    lines = result.stdout.decode().splitlines()
    at = next(i for i, line in enumerate(lines) if "passive: 'wordt door de ouderraad geregeld'" in line)
    assert lines[at + 1].strip() == "Lijdende vorm: 'wordt ... geregeld'. Zeg wie het doet: de ouderraad."
    assert lines[at + 2].strip() == "Nieuwe zin: De ouderraad regelt het vervoer."
