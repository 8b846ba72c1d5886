"""`ouderbrief` command line: check a letter, serve the web app, run the SMTP relay.

Exit codes of `check`: 0 pass, 1 hold, 2 could not check (one line in Dutch and English on
stderr, never a traceback: an unexpected error is named by its type only).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from readability.errors import UnusableInput
from readability.nlp import ModelNotFound
from readability.reading import decode_utf8, read_bytes

EXIT_PASS, EXIT_HOLD, EXIT_UNUSABLE = 0, 1, 2
INPUT_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".eml": "eml"}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.command(args)
    except UnusableInput as error:
        return _could_not_check(f"{error.message_nl} ({error.message_en})")
    except ModelNotFound as error:
        return _could_not_check(str(error))
    except KeyboardInterrupt:
        return _could_not_check("afgebroken (interrupted)")
    except Exception as error:  # noqa: BLE001 - never a traceback: it could quote the letter
        name = type(error).__name__
        return _could_not_check(f"interne fout ({name}); de tekst is niet gecontroleerd. "
                                f"(internal error ({name}); the text was not checked.)")


def _could_not_check(message: str) -> int:
    print(f"ouderbrief: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ouderbrief", description="Plain-language checker for Dutch school letters.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="check a letter or e-mail message")
    check.add_argument("file", nargs="?", default="-", help="letter file, .eml message, or - for standard input")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    check.add_argument("--target", choices=("A1", "A2", "B1"), default="A2", help="target CEFR level")
    check.add_argument("--input", choices=("auto", "text", "markdown", "html", "eml"), default="auto")
    check.add_argument("--glossary", type=Path, help="the school's own glossary (YAML)")
    check.add_argument("--fix-preview", action="store_true", help="also print the text with safe replacements")
    check.add_argument("--fail-on", choices=("hold", "never"), default="hold",
                       help="'never' only reports and always exits 0 for usable input")
    check.set_defaults(command=_check)

    serve = commands.add_parser("serve", help="start the web form and REST API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=_at_least_one, default=1,
                       help="analyser processes, one per core is best (default 1)")
    serve.set_defaults(command=_serve)

    relay = commands.add_parser("relay", help="SMTP content filter that checks outgoing mail")
    relay.add_argument("--listen", default="127.0.0.1:10025", help="HOST:PORT to accept mail on")
    relay.add_argument("--forward", required=True, help="HOST:PORT of the mail server to pass mail to")
    relay.add_argument("--mode", choices=("tag", "hold"), default="tag")
    relay.add_argument("--target", choices=("A1", "A2", "B1"), default="A2")
    relay.add_argument("--workers", type=_at_least_one, default=1,
                       help="analyser processes, so messages are checked at the same time (default 1)")
    relay.set_defaults(command=_relay)
    return parser


def _at_least_one(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1 expected, not {value!r}")
    return int(value)


def _check(args: argparse.Namespace) -> int:
    report = check_input(args)
    if args.format == "json":
        output = report.model_dump_json(indent=2)
    else:
        from readability.text_output import render
        output = render(report, fix_preview=args.fix_preview)
    _print_all(output)
    return EXIT_HOLD if report.verdict == "hold" and args.fail_on == "hold" else EXIT_PASS


def _print_all(output: str) -> None:
    """Print the report; a reader that stops early (`| head`) is told on standard error, not with a traceback."""
    try:
        print(output, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout again at exit
        print("ouderbrief: de uitvoer is niet helemaal gelezen (output closed early).", file=sys.stderr)


def check_input(args: argparse.Namespace):
    from readability.engine import analyse

    raw = read_bytes(args.file)
    input_format = _input_format(args.input, args.file, raw)
    glossary = _school_glossary(args.glossary)
    if input_format == "eml":
        from readability.mail.check import check_message

        return check_message(raw, target=args.target, school_glossary=glossary)
    return analyse(decode_utf8(raw), input_format=input_format, target=args.target, school_glossary=glossary)


def _input_format(requested: str, name: str, raw: bytes) -> str:
    if requested != "auto":
        return requested
    by_suffix = INPUT_BY_SUFFIX.get(Path(name).suffix.lower()) if name != "-" else None
    if by_suffix:
        return by_suffix
    from readability.mail.message import looks_like_message

    if looks_like_message(raw):
        return "eml"
    return "html" if raw.lstrip()[:1] == b"<" and b">" in raw[:2000] else "text"


def _school_glossary(path: Path | None):
    if path is None:
        return None
    from readability.glossary import load_school_glossary

    return load_school_glossary(path)


def _serve(args: argparse.Namespace) -> int:
    from app.server import run

    run(args.host, args.port, args.workers)
    return EXIT_PASS


def _relay(args: argparse.Namespace) -> int:
    from readability.mail.relay import parse_address, run

    try:
        parse_address(args.listen), parse_address(args.forward)
    except ValueError as error:
        print(f"ouderbrief: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    run(args.listen, args.forward, args.mode, args.target, args.workers)
    return EXIT_PASS


if __name__ == "__main__":
    sys.exit(main())
