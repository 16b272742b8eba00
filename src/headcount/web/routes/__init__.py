"""Routers: public pages, account, review, admin, JSON API."""
