"""The CLI contract for every failure (issue #17): exit 0 pass, 1 hold, 2 could not check, with one
line in Dutch and English on stderr and never a traceback. Run in-process over a generated corpus of
malformed letters, messages and glossaries (tests/cli_corpus.py), and as a real process for the
cases that need one (devices, pipes, a reader that stops early)."""
import io
import os
import subprocess
import sys
import time
import types

import pytest

from cli_corpus import EASY, corpus
from readability import cli

CASES = corpus()


def check(capsys, *args, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(stdin)))
    code = cli.main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    if code == 2:
        assert out == "" and err.count("\n") == 1 and err.startswith("ouderbrief: "), err
        assert "(" in err, "a Dutch message with the English one in brackets"
    else:
        assert err == "" and "Niveau:" in out
    return code, err


def test_the_corpus_is_large():
    assert len(CASES) >= 200


@pytest.mark.parametrize("name", CASES)
def test_every_malformed_input_ends_in_an_exit_code_never_a_traceback(tmp_path, capsys, name):
    suffix, raw, extra = CASES[name]
    path = tmp_path / f"input{suffix}"
    path.write_bytes(raw)
    if extra == ["--glossary"]:
        letter = tmp_path / "letter.txt"
        letter.write_text(EASY, encoding="utf-8")
        check(capsys, "--glossary", path, letter)
    else:
        check(capsys, path)


@pytest.mark.parametrize("raw, words", [
    (EASY.encode("utf-16-be"), "UTF-16"),
    ("Beste ouders".encode("latin-1") + b"\xe9", "UTF-8"),
])
def test_text_that_is_not_utf8_is_named(tmp_path, capsys, raw, words):
    path = tmp_path / "letter.txt"
    path.write_bytes(raw)
    code, err = check(capsys, path)
    assert code == 2 and words in err


def test_a_directory_is_named_as_one(tmp_path, capsys):
    code, err = check(capsys, tmp_path)
    assert code == 2 and "is een map" in err


def test_dev_null_is_empty_not_missing(capsys):
    code, err = check(capsys, "/dev/null")
    assert code == 2 and "geen tekst" in err and "bestaat niet" not in err


def test_a_glossary_that_is_a_directory_is_named_as_one(tmp_path, capsys):
    letter = tmp_path / "letter.txt"
    letter.write_text(EASY, encoding="utf-8")
    code, err = check(capsys, "--glossary", tmp_path, letter)
    assert code == 2 and "is een map" in err


def test_stdin_is_read_with_the_size_limit(capsys, monkeypatch):
    code, err = check(capsys, "-", stdin=b"\0" * (6 * 1024 * 1024), monkeypatch=monkeypatch)
    assert code == 2 and "groter dan 5 MB" in err


def test_an_unreadable_file_is_named(tmp_path, capsys, monkeypatch):
    path = tmp_path / "letter.txt"
    path.write_text(EASY, encoding="utf-8")

    def no_permission(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", no_permission)
    code, err = check(capsys, path)
    assert code == 2 and "geen toegang" in err


def test_an_internal_error_is_exit_2_with_its_type_only(tmp_path, capsys, monkeypatch):
    path = tmp_path / "letter.txt"
    path.write_text(EASY, encoding="utf-8")

    def broken(*args, **kwargs):
        raise KeyError("Sevda-Oudkerk")  # an error message may quote the letter

    monkeypatch.setattr("readability.engine.analyse_text", broken)
    code, err = check(capsys, path)
    assert code == 2 and "interne fout (KeyError)" in err and "Sevda" not in err


def run(*args, stdout=subprocess.PIPE, **kwargs):
    return subprocess.run([sys.executable, "-m", "readability.cli", "check", *args], stdout=stdout,
                          stderr=subprocess.PIPE, timeout=120, **kwargs)


def test_stdin_from_dev_zero_stops_at_the_limit():
    with open("/dev/zero", "rb") as zeros:
        result = run("-", stdin=zeros)
    assert result.returncode == 2 and b"groter dan 5 MB" in result.stderr and b"Traceback" not in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(EASY * 200, encoding="utf-8")
    reader, writer = os.pipe()
    os.close(reader)  # like `| head -c 10` after its ten bytes
    result = run("--fix-preview", str(path), stdout=writer)
    os.close(writer)
    assert result.returncode in (0, 1)
    assert b"Traceback" not in result.stderr and result.stderr.count(b"\n") == 1


def test_text_output_is_linear_in_the_number_of_findings():
    from readability.report import Finding, ModelInfo, Report, Scores, Stats
    from readability.text_output import render

    text = "woord\n" * 33_000
    findings = [Finding(rule="jargon", start=i * 6, end=i * 6 + 5, text="woord", message="Uitleg.", severity="info")
                for i in range(0, 33_000, 3)]
    report = Report(level="A2", target="A2", verdict="pass", summary="Goed.",
                    scores=Scores(lint=None, lint_level=None, flesch_douma=None),
                    stats=Stats(characters=len(text), words=1, sentences=1, avg_sentence_length=1, max_sentence_length=1,
                                long_sentences=0, passives=0, subordinate_clauses=0, nominalisations=0, rare_words=0,
                                avg_word_zipf=None),
                    sentences=[], findings=findings, model=ModelInfo(name="test", version="0"), input_format="text",
                    text=text)
    started = time.process_time()
    output = render(report)
    assert time.process_time() - started < 2
    assert "32998:1 [tip] jargon: 'woord'" in output
