"""The examples' sessions, highlighted lightly: the prompts stand out, code and answers are text.

Full Python highlighting wraps every name, dot and bracket of an example in its own element; on
an article page with thirty examples that was a third of the page. An example reads as well with
only its prompts marked: they tell the questions from the answers.
"""

import re
from collections.abc import Iterator

from pygments.lexer import Lexer
from pygments.token import Generic, Text, _TokenType

#: The language name of a lightly highlighted session, for Sphinx and Pygments.
LANGUAGE = "pycon-plain"

PROMPT = re.compile(r"(>>>|\.\.\.)( |$)", re.MULTILINE)


class SessionLexer(Lexer):
    r"""Marks the prompts of a Python session; the rest of each line is plain text.

    >>> list(SessionLexer().get_tokens(">>> print(1 + 1)\n2\n"))
    [(Token.Generic.Prompt, '>>> '), (Token.Text, 'print(1 + 1)\n2\n')]
    """

    aliases = [LANGUAGE]  # noqa: RUF012 (Pygments reads it from the class)

    def get_tokens_unprocessed(self, text: str) -> Iterator[tuple[int, _TokenType, str]]:
        """Yield each prompt, and the text between the prompts."""
        position = 0
        for match in PROMPT.finditer(text):
            if match.start() != 0 and text[match.start() - 1] != "\n":
                continue  # ">>> " inside a line is text
            if match.start() > position:
                yield position, Text, text[position : match.start()]
            yield match.start(), Generic.Prompt, match.group()
            position = match.end()
        if position < len(text):
            yield position, Text, text[position:]
