"""headcount: document people in a war from open sources."""

__version__ = "0.1.0"
