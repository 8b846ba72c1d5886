"""Ouderbrief analysis engine: readability, CEFR level and plain-language checks."""
