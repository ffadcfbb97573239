"""The errors of the engine: each says what was expected and what came."""


class CitationError(RuntimeError):
    """A decision cites an article its rule was not registered with."""


class DuplicateError(ValueError):
    """A rule, parameter or classification is defined twice in one ruleset."""


class RulesetError(ValueError):
    """A ruleset holds a rule, parameter or classification of another regulation."""


class UnknownRegulationError(LookupError):
    """A regulation id or module that names no configured regulation."""


class ReleaseError(ValueError):
    """A release's snapshot that cannot be stored or read: it differs, or names no version."""
