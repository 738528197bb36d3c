"""HTTPS connects to the checked address but verifies the certificate against the URL's name."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.fetch import GuardedFetcher
from tests.ingest.servers import LocalServer, page, serve


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=30)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throw-away CA and a certificate it signs for the name news.test only."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=newsfuse test CA", cwd=folder)  # fmt: skip
    _openssl("req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=news.test",
             cwd=folder)  # fmt: skip
    (folder / "ext.cnf").write_text("subjectAltName=DNS:news.test\n")
    _openssl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "leaf.pem", "-days", "2", "-extfile", "ext.cnf",
             cwd=folder)  # fmt: skip
    return folder


@pytest.fixture
def https_server(certificates: Path) -> Iterator[LocalServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificates / "leaf.pem", certificates / "leaf.key")
    with serve(page(b"<p>over tls</p>"), tls=context) as server:
        yield server


def _fetcher(certificates: Path) -> GuardedFetcher:
    trusting = ssl.create_default_context(cafile=str(certificates / "ca.pem"))
    answers = {"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]}
    return GuardedFetcher(answers.__getitem__, allow_private=True, seconds=5, tls=trusting)


def test_https_verifies_the_certificate_against_the_url_host(
    https_server: LocalServer, certificates: Path
) -> None:
    fetched = _fetcher(certificates)(https_server.url("/", "news.test", "https"), 10_000)
    assert fetched.data == b"<p>over tls</p>"
    assert https_server.requests == [("/", f"news.test:{https_server.port}")]


def test_https_refuses_a_certificate_for_another_name(
    https_server: LocalServer, certificates: Path
) -> None:
    # Same address, same certificate: only the name in the URL differs, so it must be the name
    # (not the IP connected to) that the certificate is checked against.
    with pytest.raises(InputError, match=r"TLS failed.*(mismatch|not valid)"):
        _fetcher(certificates)(https_server.url("/", "other.test", "https"), 10_000)
    assert https_server.requests == []


def test_https_refuses_an_untrusted_certificate(https_server: LocalServer) -> None:
    fetcher = GuardedFetcher(lambda host: ["127.0.0.1"], allow_private=True, seconds=5)
    with pytest.raises(InputError, match=r"TLS failed.*certificate"):
        fetcher(https_server.url("/", "news.test", "https"), 10_000)
