"""`python -m headcount` runs the command line."""

from headcount.cli import app

app()
