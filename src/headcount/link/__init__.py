"""Linkage: mentions into persons, with Splink, human decisions and stable ids."""
