"""Relay throughput: N messages of ~300 words sent by C concurrent SMTP clients.

Starts a real `ouderbrief relay` process (tag mode, the real check) in front of a sink SMTP
server, sends every message through the relay and, for the baseline, straight to the sink.
Reports whether every message arrived intact, and the added delay per message (time from the
client starting to send until the sink has it, through the relay minus direct).

    .venv/bin/python bench/relay_bench.py [--messages 100] [--clients 4]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import smtplib
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from mail_sink import RelayProcess, start_sink  # noqa: E402

EASY_SENTENCES = [
    "Op vrijdag gaan we met de klas naar het bos.",
    "We gaan om negen uur weg van school en zijn om drie uur terug.",
    "Uw kind neemt een lunchpakket en een fles water mee.",
    "Wilt u helpen? Stuur dan een bericht naar de juf.",
    "De ouderavond begint om zeven uur in de aula van de school.",
    "Heeft u een vraag? Bel dan de school.",
]
HARD_SENTENCES = [
    "Middels dit schrijven informeren wij u inzake de gewijzigde procedure omtrent de absentenregistratie.",
    "Indien uw kind verhinderd is, dient u dit voorafgaand aan het eerste lesuur telefonisch kenbaar te maken.",
    "In Magister ziet u de cijfers en het rooster van uw kind.",
    "De mentor bespreekt de resultaten met u tijdens het tienminutengesprek.",
]
WORDS_PER_MESSAGE = 300


def make_message(number: int) -> bytes:
    """Even numbers: easy sentences only; odd numbers: easy and hard ones mixed."""
    sentences = EASY_SENTENCES if number % 2 == 0 else EASY_SENTENCES + HARD_SENTENCES
    chooser, words, paragraphs = random.Random(number), 0, []
    while words < WORDS_PER_MESSAGE:
        paragraph = " ".join(chooser.choice(sentences) for _ in range(3))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    message = EmailMessage()
    message["From"], message["To"] = "juf@school.example", "ouders@school.example"
    message["Subject"], message["Message-ID"] = f"Nieuws uit de klas {number}", f"<bench-{number}@school.example>"
    message.set_content("Beste ouders,\n\n" + "\n\n".join(paragraphs) + "\n\nMet vriendelijke groet,\nJuf Anna\n")
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def send_all(port: int, messages: list[bytes], clients: int) -> list[float]:
    """Send every message (each client on its own connection); the start time of each send."""
    started = [0.0] * len(messages)

    def client(numbers: range) -> None:
        with smtplib.SMTP("127.0.0.1", port, timeout=300) as connection:
            for number in numbers:
                started[number] = time.perf_counter()
                connection.sendmail("juf@school.example", ["ouders@school.example"], messages[number])

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, [range(first, len(messages), clients) for first in range(clients)]))
    return started


def arrival_delays(kept, messages: list[bytes], started: list[float]) -> dict[int, float]:
    """Seconds from the start of each send until it arrived intact (message number -> delay)."""
    delays = {}
    for received in kept:
        number = next((i for i, raw in enumerate(messages) if received.data.endswith(raw)), None)
        if number is not None and number not in delays:
            delays[number] = received.at - started[number]
    return delays


def milliseconds(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"median": round(statistics.median(ordered) * 1000, 1),
            "p90": round(ordered[int(0.9 * (len(ordered) - 1))] * 1000, 1),
            "max": round(ordered[-1] * 1000, 1)}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--messages", type=int, default=100)
    options.add_argument("--clients", type=int, default=4)
    args = options.parse_args()
    messages = [make_message(number) for number in range(args.messages)]
    sink, kept = start_sink()
    relay = RelayProcess(sink.port, mode="tag")
    relay_port = relay.port
    try:
        send_all(relay_port, [make_message(-1)], 1)  # warm-up, not counted
        kept.received.clear()
        direct_started = send_all(sink.port, messages, args.clients)
        direct = arrival_delays(kept.received, messages, direct_started)
        arrived_direct = len(kept.received)
        kept.received.clear()
        began = time.perf_counter()
        relay_started = send_all(relay_port, messages, args.clients)
        elapsed = time.perf_counter() - began
        via_relay = arrival_delays(kept.received, messages, relay_started)
        arrived = list(kept.received)
        verdicts = [line for r in arrived for line in r.data.split(b"\r\n")[:4] if line.startswith(b"X-Ouderbrief-Verdict")]
    finally:
        relay.stop()
        sink.stop()
    both = sorted(set(direct) & set(via_relay))
    lost = args.messages - len(via_relay)
    print(json.dumps({
        "messages": args.messages, "clients": args.clients, "words_per_message": WORDS_PER_MESSAGE,
        "arrived_via_relay": len(arrived), "arrived_intact": len(via_relay), "lost": lost,
        "arrived_direct": arrived_direct,
        "verdicts": {v.decode(): verdicts.count(v) for v in sorted(set(verdicts))},
        "direct_ms": milliseconds(list(direct.values())), "via_relay_ms": milliseconds(list(via_relay.values())),
        "added_delay_ms": milliseconds([via_relay[n] - direct[n] for n in both]),
        "relay_messages_per_second": round(args.messages / elapsed, 2),
        "model": os.environ.get("OUDERBRIEF_SPACY_MODEL", "auto"),
        "machine": {"cpus": os.cpu_count(), "load_average_1min": round(os.getloadavg()[0], 2)},
    }, indent=2))
    if lost or len(arrived) != args.messages:
        raise SystemExit("FAILED: messages were lost, altered or duplicated")


if __name__ == "__main__":
    main()
