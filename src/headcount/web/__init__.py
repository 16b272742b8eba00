"""The web app: public search and person pages, dashboard, JSON API, review queue, accounts.

Import :func:`headcount.web.app.create_app` to build the app; this package's
``__init__`` stays light so the command line starts fast.
"""
