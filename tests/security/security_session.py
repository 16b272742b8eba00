"""Logging a TestClient in (the accounts the security tests' demo registry has)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

PASSWORD = "correct horse battery staple"


def csrf_token(client: TestClient) -> str:
    return str(client.get("/api/v1/session").json()["csrf_token"])


def login(client: TestClient, user: str, password: str = PASSWORD) -> Any:
    return client.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": csrf_token(client)},
        follow_redirects=False,
    )
