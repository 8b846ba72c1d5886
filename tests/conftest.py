"""The suite tests the bundled pipeline, also on machines where an official Dutch pipeline is
installed (which `readability.nlp` would otherwise prefer); subprocesses inherit the choice."""
import os

os.environ.setdefault("OUDERBRIEF_SPACY_MODEL", "bundled")
