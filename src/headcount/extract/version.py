"""The extractor's name and version, stored with every mention it writes.

Bump ``EXTRACTOR_VERSION`` whenever a rule or model change can change output:
``headcount extract`` then re-reads every document read by an older version.
"""

EXTRACTOR = "text"
EXTRACTOR_VERSION = "39"
