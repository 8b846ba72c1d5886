"""E-mail support: read MIME messages, check them, and relay SMTP mail with a verdict."""
