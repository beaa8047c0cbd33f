"""The command line as a whole: one set of exit codes, one error line, every group wired."""

from __future__ import annotations

import argparse

import pytest

from shopkeeper import cli, errors
from shopkeeper.cli import errors as cli_errors
from shopkeeper.cli import shop as shop_commands


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def leaf_commands(parser: argparse.ArgumentParser, path: str = "") -> dict[str, object]:
    """{"report kpi": parser, …}: every command line that runs something, nested ones too."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {path.strip(): parser}
    found = {}
    for name, child in subs[0].choices.items():
        found.update(leaf_commands(child, f"{path} {name}"))
    return found


def test_every_command_has_a_handler():
    """Each command a group registers runs something (no command falls through)."""
    commands = leaf_commands(cli.build_parser())
    assert {"backup", "restore", "demo", "import", "export"} <= set(commands)
    assert [name for name, p in commands.items() if not callable(p.get_default("run"))] == []


def test_a_group_given_no_sub_command_is_a_usage_error(capsys):
    """A command group with optional sub-commands, given none, exits 2 in one line."""
    args = argparse.Namespace(command="report", shop=None)
    assert cli.run(args) == cli_errors.EXIT_USAGE
    err = capsys.readouterr().err
    assert err == "shopkeeper: report: say what to do (see 'shopkeeper report --help')\n"


def test_every_group_registers_its_commands():
    """Each module in GROUPS adds at least one command through register(subparsers)."""
    for group in cli.GROUPS:
        parser = cli_errors.UsageParser(prog="test")
        sub = parser.add_subparsers(dest="command", parser_class=cli_errors.UsageParser)
        group.register(sub)
        assert sub.choices, group.__name__


@pytest.mark.parametrize(
    "argv",
    [["bogus"], ["restore"], ["demo", "--scale", "huge"], ["backup", "--nope"], ["--lang", "xx"]],
)
def test_usage_mistakes_exit_2_in_one_line(capsys, argv):
    """A wrong command or option is one line on stderr and exit 2, no usage dump."""
    code, out, err = run(capsys, *argv)
    assert code == cli_errors.EXIT_USAGE
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("shopkeeper: ") and "shopkeeper --help" in err


def test_version_exits_0(capsys):
    """`shopkeeper --version` prints the version and succeeds."""
    code, out, _ = run(capsys, "--version")
    assert code == cli_errors.EXIT_OK
    assert out.startswith("shopkeeper ")


def test_missing_shop_is_one_line_and_exit_1(capsys, tmp_path):
    """Backing up a shop that is not there says so in one line."""
    code, out, err = run(capsys, "--shop", str(tmp_path / "none.db"), "backup")
    assert code == cli_errors.EXIT_ERROR
    assert err.strip() == (
        f"shopkeeper: There is no shop file at {tmp_path / 'none.db'}. "
        "It may have been moved or deleted."
    )


def test_unexpected_failure_is_one_line_without_traceback(capsys, tmp_path, monkeypatch):
    """A bug prints one line pointing at the log, never a traceback, and exits 1."""

    def broken(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(shop_commands, "cmd_backup", broken)
    code, _, err = run(capsys, "--shop", str(tmp_path / "s.db"), "backup")
    assert code == cli_errors.EXIT_ERROR
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("shopkeeper: RuntimeError: boom (details in ")
    assert "Traceback" not in err


def test_interrupt_is_one_line(capsys, tmp_path, monkeypatch):
    """Ctrl+C during a command says nothing was changed and exits 1."""

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(shop_commands, "cmd_backup", interrupted)
    code, _, err = run(capsys, "--shop", str(tmp_path / "s.db"), "backup")
    assert (code, err) == (cli_errors.EXIT_ERROR, "shopkeeper: interrupted; nothing was changed\n")


def user_errors(cls=errors.UserError):
    for sub in cls.__subclasses__():
        yield sub
        yield from user_errors(sub)


def test_every_expected_error_maps_to_a_documented_exit_code():
    """Each UserError kind exits with a documented code: 1 error, 2 usage, 3 locked, 4 rejected."""
    import shopkeeper.services.exchange.importing  # noqa: F401 - loads more UserError kinds

    codes = {cls.__name__: cls.exit_code for cls in user_errors()}
    wrong = {name: code for name, code in codes.items() if code not in cli_errors.EXIT_CODES[1:]}
    assert wrong == {}
    assert codes["ShopLocked"] == cli_errors.EXIT_LOCKED
    assert codes["InputRejected"] == cli_errors.EXIT_REJECTED


def test_backup_then_restore_round_trip(capsys, tmp_path):
    """`backup --out FILE` then `restore FILE` succeed and name the files."""
    shop_file, copy = tmp_path / "s.db", tmp_path / "copy.db"
    from shopkeeper.services.shop import open_shop

    open_shop(shop_file).close()
    code, out, err = run(capsys, "--shop", str(shop_file), "backup", "--out", str(copy))
    assert (code, err) == (0, "") and out.strip() == f"backup written: {copy}"
    code, out, err = run(capsys, "--shop", str(shop_file), "restore", str(copy))
    assert (code, err) == (0, "") and out.startswith(f"restored {shop_file} from {copy}")


def test_output_cut_short_by_a_pipe_ends_quietly(tmp_path, isolated_home):
    """`shopkeeper calendar --json | head -c 10`: when the reader goes away the command
    stops without a traceback or an error line."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "SHOPKEEPER_HOME": str(isolated_home)}
    child = subprocess.Popen(
        [sys.executable, "-m", "shopkeeper", "calendar", "--year", "2026", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    child.stdout.close()  # the reader is gone before anything is written
    _out, err = child.communicate(timeout=120)
    assert err.decode() == ""
    assert child.returncode == 1
