"""Commands that need no NLP must not import it: start-up stays fast."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
HEAVY = {"natasha", "slovnet", "pymorphy2", "dask", "distributed", "navec", "yargy", "numpy",
         "trafilatura", "lxml", "charset_normalizer"}

PROBE = """
import sys
from soccoop.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="soccoop", standalone_mode=False)
except SystemExit:
    pass
heavy = {heavy!r}
print(sorted({{m.split('.')[0] for m in sys.modules}} & heavy))
"""


def _loaded(args: list[str], tmp_path: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(SRC), "SOCCOOP_DB": str(tmp_path / "s.db")}
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


@pytest.fixture
def store(tmp_path):
    from soccoop.store import Store

    Store(tmp_path / "s.db").close()
    return tmp_path


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["--help"],
    ["--version"],
    ["ingest", "--help"],
    ["list"],
    ["list", "--region", "ХМАО", "--format", "jsonl"],
    ["list", "--kind", "officials", "--format", "json"],
    ["regions"],
    ["regions", "Югра"],
])
def test_no_heavy_imports(store, args):
    assert _loaded(args, store) == "[]"


def _commands() -> list[str]:
    from soccoop.cli import cli

    return sorted(cli.commands)


def _examples(command: str) -> list[str]:
    """The lines of the Example: block of a command's --help."""
    from click.testing import CliRunner

    from soccoop.cli import cli

    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    _, found, block = result.stdout.partition("Example:\n")
    assert found, f"soccoop {command} --help has no example"
    lines = []
    for line in block.splitlines():
        if not line.strip():
            break
        lines.append(line.strip())
    return lines


@pytest.mark.parametrize("command", _commands())
def test_every_command_help_has_an_example(command):
    examples = _examples(command)
    assert examples and all(e.startswith("soccoop ") for e in examples)
    assert any(step[0] == command for e in examples for step in _soccoop_steps(e))


def _runnable(example: str, path: str) -> str | None:
    """The example as a shell command without its ``&&`` steps that need a program not
    installed here (datasette, say); None when a soccoop step would be lost."""
    import re
    import shutil

    steps = []
    for step in example.split("&&"):
        bare = re.sub(r"'[^']*'", "''", step).replace("$(", "|")  # jq programs are quoted
        programs = [seg.split()[0] for seg in bare.split("|") if seg.split()]
        if all(shutil.which(p.strip("\"'"), path=path) for p in programs):
            steps.append(step.strip())
        elif "soccoop" in step:
            return None
    return " && ".join(steps)


def _soccoop_steps(example: str) -> list[list[str]]:
    """The soccoop invocations of a shell example, as words (for the help test)."""
    steps = []
    for part in example.split("&&"):
        words = part.split("#")[0].split("|")[0].split()
        if words and words[0] == "soccoop":
            steps.append(words[1:])
    return steps


@pytest.mark.parametrize("command", _commands())
def test_first_example_of_every_command_runs(command, ingested_corpus, tmp_path):
    """The first example of each --help, run as written by bash (pipes, jq, dot and
    command substitution included) with this soccoop first on PATH, in a directory holding
    the sample corpus as ``corpus/``, its store as ``soccoop.db`` and the seeds' gold
    where the examples expect it."""
    import shutil
    import subprocess
    import sys

    from conftest import GOLD

    store, corpus = ingested_corpus
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(store, work / "soccoop.db")
    (work / "corpus").symlink_to(corpus, target_is_directory=True)
    (work / "archive").symlink_to(corpus, target_is_directory=True)
    (work / "tests").symlink_to(Path(__file__).resolve().parent, target_is_directory=True)
    (tmp_path / "shared" / "seeds").mkdir(parents=True)
    (tmp_path / "shared" / "seeds" / "gold").symlink_to(GOLD, target_is_directory=True)
    bindir = tmp_path / "bin"  # "soccoop" runs this interpreter on this checkout
    bindir.mkdir()
    (bindir / "soccoop").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m soccoop "$@"\n')
    (bindir / "soccoop").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOCCOOP_")}
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
    script = _runnable(_examples(command)[0], env["PATH"])
    if script is None:
        pytest.skip(f"the first example of {command} needs a program not installed here")
    done = subprocess.run(["bash", "-o", "pipefail", "-c", script], cwd=work, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (script, done.stderr)
    assert "error" not in done.stderr.lower(), (script, done.stderr)


@pytest.mark.slow
@pytest.mark.parametrize("command", _commands())
def test_help_of_every_command_imports_no_nlp(store, command):
    assert _loaded([command, "--help"], store) == "[]"
