"""The errors of the engine: each says what was expected and what came."""


class CitationError(RuntimeError):
    """A decision cites an article its rule was not registered with."""


class DuplicateError(ValueError):
    """A rule, parameter or classification is defined twice in one ruleset."""


class RulesetError(ValueError):
    """A ruleset holds a rule, parameter or classification of another regulation."""


class DecisionTableError(ValueError):
    """A decision table that is not made of rows of a rule's inputs and the answer expected."""


class ParameterFileError(ValueError):
    """A regulation's ``parameters.toml`` lacks, adds or mistypes a parameter its rules claim."""


class UnknownRegulationError(LookupError):
    """A regulation id or module that names no configured regulation."""
