"""`mdrules ask REGULATION QUESTION` without inputs: asked in turn in a terminal, named in a script.

The terminal is a real pseudo-terminal, as the servicedesk's; the command runs as installed.
"""

import os
import select
import subprocess
import sys
import time

from conftest import ROOT

COMMAND = [sys.executable, "-m", "mdrules.cli"]


class Terminal:
    """A command run in a pseudo-terminal: what it shows, and typing into it."""

    def __init__(self, *arguments: str, locale: str = "") -> None:
        """Start ``mdrules`` with the arguments, its input and output the terminal.

        ``locale`` is the terminal's ``LANG``; none by default, so the command speaks Dutch.
        """
        self.main, follower = os.openpty()
        environment = dict(os.environ, LANG=locale) if locale else None
        self.process = subprocess.Popen(
            [*COMMAND, *arguments], stdin=follower, stdout=follower, stderr=follower, cwd=ROOT,
            env=environment,
        )  # fmt: skip
        os.close(follower)
        self.shown = ""

    def expect(self, text: str, timeout: float = 60) -> str:
        """Wait until the terminal shows `text`; return all it showed so far."""
        deadline = time.monotonic() + timeout
        while text not in self.shown:
            left = deadline - time.monotonic()
            assert left > 0, f"expected {text!r} in the terminal; it showed:\n{self.shown}"
            ready, _, _ = select.select([self.main], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.main, 4096)
                except OSError:  # the command ended and closed the terminal
                    chunk = b""
                if not chunk:
                    assert text in self.shown, f"the command ended showing:\n{self.shown}"
                self.shown += chunk.decode("utf-8", "replace").replace("\r\n", "\n")
        return self.shown

    def type(self, line: str) -> None:
        """Type a line and Enter."""
        os.write(self.main, line.encode() + b"\n")

    def end(self) -> int:
        """Wait for the command to end; return its exit status."""
        status = self.process.wait(timeout=60)
        os.close(self.main)
        return status


def test_a_question_without_inputs_asks_for_each_in_turn() -> None:
    """Each input is asked with its choices and default; a refused answer is asked again."""
    terminal = Terminal("ask", "haarlem", "security-code")
    terminal.expect("--code: ")
    terminal.type("")  # no default: asked again
    terminal.expect("een antwoord is nodig")
    terminal.type("1234")
    shown = terminal.expect("--kind: ")
    assert "{sim,ontgrendeling}" in shown.split("--code: ")[-1]  # the choices, in Dutch
    terminal.type("pin-of-the-bank")
    terminal.expect("verwacht een van sim, ontgrendeling")
    terminal.type("")  # Enter keeps the default
    shown = terminal.expect("Grondslag: Haarlem 2.3.16")
    assert "Niet toegestaan" in shown
    assert "Traceback" not in shown
    assert terminal.end() == 0


def test_only_the_missing_inputs_are_asked_when_some_are_given() -> None:
    """An input given on the command line is not asked again; an optional one is not asked."""
    terminal = Terminal("ask", "--json", "haarlem", "security-code", "--kind", "unlock")
    terminal.expect("--code: ")
    terminal.type("9876")
    shown = terminal.expect('"articles"')
    assert "--kind: " not in shown
    assert terminal.end() == 0


def test_stopping_the_questions_is_an_error_line() -> None:
    """Ctrl+D at a question ends the command with exit status 2 and no traceback."""
    terminal = Terminal("ask", "haarlem", "security-code")
    terminal.expect("--code: ")
    os.write(terminal.main, b"\x04")
    shown = terminal.expect("mdrules: fout:")
    assert "--code" in shown.split("mdrules: fout:")[-1]
    assert "Traceback" not in shown
    assert terminal.end() == 2


def test_the_questions_are_in_english_in_an_english_terminal() -> None:
    """With LANG=en_GB.UTF-8 the title, the choices, the refusals and the answer are English."""
    terminal = Terminal("ask", "haarlem", "security-code", locale="en_GB.UTF-8")
    shown = terminal.expect("--code: ")
    assert "Whether a SIM code or unlock code is allowed." in shown
    assert "Enter keeps the default shown" in shown
    terminal.type("")
    terminal.expect("an answer is needed")
    terminal.type("1234")
    shown = terminal.expect("--kind: ")
    assert "{sim,unlock}" in shown.split("--code: ")[-1]
    terminal.type("pin-of-the-bank")
    terminal.expect("expected one of sim, unlock")
    terminal.type("")
    shown = terminal.expect("Basis: Haarlem 2.3.16")
    assert "Not allowed" in shown
    assert terminal.end() == 0


def test_a_script_gets_the_missing_inputs_named_and_nothing_asked() -> None:
    """Without a terminal nothing is asked: exit status 2, naming the missing option."""
    result = subprocess.run(
        [*COMMAND, "ask", "haarlem", "security-code"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert "--code" in result.stderr
    assert "--code: " not in result.stdout
