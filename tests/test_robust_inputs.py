"""An archive with every kind of bad file: each gets one stderr line naming it and saying
why, the good files are stored anyway, and the run exits 1."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from soccoop.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
MAX_BYTES = 30_000
MIXED = (
    "Министр труда Татарстана подписал соглашение с Югрой. ".encode() * 5
    + "Министр социальной защиты Югры заявил о сотрудничестве. ".encode("cp1251") * 5
)

# name -> (bytes, reason on stderr); None: the file is good and must be stored
FILES: dict[str, tuple[bytes, str | None]] = {
    "good1.txt": (CORPUS[0].read_bytes(), None),
    "good2.txt": (CORPUS[1].read_bytes(), None),
    "good3.txt.gz": (gzip.compress(CORPUS[2].read_bytes()), None),
    "mixed.txt": (MIXED, None),  # UTF-8 with a cp1251 tail: decoded, broken bytes replaced
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
    "nuls.txt": ("Соглашение".encode() + b"\x00" * 50, "binary file"),
    "controls.txt": (b"\x01\x02\x03\x04\x05\x06" * 100, "binary file"),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\r\n\t  ", "empty file"),
    "huge.txt": ("Татарстан и Югра подписали соглашение. ".encode() * 1000, "larger than"),
    "broken.txt.gz": (b"\x1f\x8b\x08\x00garbage", "corrupt gzip"),
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, (data, _) in FILES.items():
        (folder / name).write_bytes(data)
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    return folder


def expected_errors(folder: Path) -> dict[str, str]:
    errors = {str(folder / n): reason for n, (_, reason) in FILES.items() if reason}
    errors[str(folder / "gone.txt")] = "broken symbolic link"
    errors[str(folder / "*.nomatch")] = "matches nothing"
    if os.geteuid() != 0:  # root reads everything
        errors[str(folder / "locked.txt")] = "permission denied"
    return errors


def add_locked(folder: Path) -> None:
    locked = folder / "locked.txt"
    shutil.copy(CORPUS[3], locked)
    locked.chmod(0)


@pytest.mark.slow
def test_cli_reports_each_bad_file_once_and_stores_the_rest(archive: Path, tmp_path: Path,
                                                             models: object) -> None:
    add_locked(archive)
    db = tmp_path / "store.db"
    result = CliRunner().invoke(cli, [
        "ingest", str(archive), str(archive / "*.nomatch"), "--max-bytes", str(MAX_BYTES),
        "--db", str(db), "--workers", "1",
    ])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    errors = expected_errors(archive)
    for path, reason in errors.items():
        mine = [line for line in lines if line.startswith(f"error: {path}: ")]
        assert len(mine) == 1, (path, lines)
        assert reason in mine[0]
    assert len(lines) == len(errors), lines

    listed = CliRunner().invoke(cli, ["list", "--format", "jsonl", "--db", str(db)])
    assert listed.exit_code == 0
    stored = {Path(line.split('"source": "')[1].split('"')[0]).name
              for line in listed.stdout.splitlines()}
    good = {n for n, (_, reason) in FILES.items() if reason is None}
    if os.geteuid() == 0:
        good.add("locked.txt")
    assert stored == good


@pytest.mark.slow
def test_library_summary_counts_bad_files(archive: Path, tmp_path: Path, models: object) -> None:
    from soccoop.ingest import ingest
    from soccoop.store import Store

    add_locked(archive)
    reported: list[str] = []
    with Store(tmp_path / "store.db") as store:
        summary = ingest([str(archive), str(archive / "*.nomatch")], store,
                         max_bytes=MAX_BYTES, on_error=reported.append)
        errors = expected_errors(archive)
        good = sum(1 for _, reason in FILES.values() if reason is None)
        good += os.geteuid() == 0
        assert summary.failed == len(errors) == len(reported)
        assert summary.new == good == store.count()
        assert summary.documents == good + len(errors)
        assert f"{summary.failed} failed" in summary.line()
        # a second run: the good files are unchanged, the bad ones fail again
        again = ingest([str(archive), str(archive / "*.nomatch")], store, max_bytes=MAX_BYTES)
        assert (again.new, again.unchanged, again.failed) == (0, good, len(errors))
