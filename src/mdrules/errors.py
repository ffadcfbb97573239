"""The errors of mdrules, in one place: each says what was expected and what came.

Every error a person can cause and fix is an :class:`MdrulesError`; the command line reports one in
a line and exits with 2, and lets anything else (a fault of the program) show as a fault. The
subclasses say whose mistake it is:

- :class:`InputError`: a value given to a rule or a command that it does not take;
- :class:`DefinitionError`: a regulation's own definition is inconsistent (an author's mistake);
- :class:`SourceError` and :class:`ProbeError`: a version of the handbook that cannot be read;
- :class:`ReleaseError`: a release's stored snapshot that cannot be stored or read.

Each also derives from the built-in exception that fits, so ``except ValueError`` still holds:

>>> issubclass(InputError, ValueError), issubclass(UnknownRegulationError, LookupError)
(True, True)
>>> isinstance(DateRangeError("expected ..."), InputError)
True
"""


class MdrulesError(Exception):
    """An error a user or an author can fix; its message says what was expected and what came.

    A message a person asking the rules can meet is Dutch, marked with :func:`mdrules.i18n.N_`,
    with ``{name}`` placeholders for its values; :meth:`render` shows it in any language of the
    catalogs. A message for an author or a developer is plain text, shown as it is.

    >>> from mdrules.i18n import N_
    >>> error = InputError(N_("verwacht ja of nee (in het Engels: yes of no); opgegeven: {got}"),
    ...                    got=repr("misschien"))
    >>> print(error)
    verwacht ja of nee (in het Engels: yes of no); opgegeven: 'misschien'
    >>> print(error.render("en"))
    expected yes or no (in Dutch: ja or nee); got 'misschien'
    """

    def __init__(self, text: str, /, **values: object) -> None:
        """Hold a message and the values of its placeholders."""
        super().__init__(text)
        self.text = text
        self.values = values

    def render(self, language: str = "nl") -> str:
        """Return the message in a language, its values formatted for that language."""
        from mdrules.i18n import render  # the catalogs' module reports its errors from here

        return render(self.text, language, self.values)

    def __str__(self) -> str:
        """Return the message in Dutch."""
        return self.render()


class InputError(MdrulesError, ValueError):
    """A value given to a rule or a command that it does not take."""


class DateRangeError(InputError):
    """A date the calculation pushes outside the calendar (years 1 to 9999)."""


class UnknownRegulationError(MdrulesError, LookupError):
    """A regulation id or module that names no configured regulation."""


class TranslationError(MdrulesError, LookupError):
    """A message without a translation in the language asked for, or a language not offered."""


class DefinitionError(MdrulesError, ValueError):
    """A regulation's definition is inconsistent: a rule, parameter, label or table."""


class CitationError(DefinitionError):
    """A decision cites an article its rule was not registered with."""


class DuplicateError(DefinitionError):
    """A rule, parameter or classification is defined twice in one ruleset."""


class RulesetError(DefinitionError):
    """A ruleset holds a rule, parameter or classification of another regulation."""


class LabelError(DefinitionError):
    """A text that is not a provision number, or a label that is not a provision's."""


class FormError(DefinitionError):
    """A form of ``{param}`` that does not fit the parameter's value."""


class FidelityError(MdrulesError):
    """The repairs of a source text cannot be applied, or a page cannot be read."""


class SourceError(MdrulesError, ValueError):
    """A version of the handbook (revision, tag or folder) that cannot be found or read."""


class StylesheetError(MdrulesError, ValueError):
    """A stylesheet the build cannot read to cut it: the parser reports an error in it."""


class ProbeError(MdrulesError, RuntimeError):
    """The probe could not read a version: the message names the version and what failed."""


class DecisionTableError(DefinitionError):
    """A decision table that is not made of rows of a rule's inputs and the answer expected."""


class ParameterFileError(DefinitionError):
    """A regulation's ``parameters.toml`` lacks, adds or mistypes a parameter its rules claim."""


class ReleaseError(MdrulesError, ValueError):
    """A release's snapshot that cannot be stored or read: it differs, or names no version."""
