"""python-telegram-bot's networking backend for factbot: `AiohttpRequest`, a `BaseRequest` on
aiohttp's client, used instead of PTB's default `HTTPXRequest`.

Why: httpx's connection pool (httpcore) scans every pooled connection - a poll() and a
getpeername() per idle connection - twice per request, so its cost grows with the number of
requests in flight. With 64 updates answered concurrently that was about 2.7 ms of CPU per
sendMessage against 0.2 ms for aiohttp (bench/bench_bot.py, 2-core machine): the HTTP client,
not answering, bounded the bot's throughput.

It behaves like HTTPXRequest where PTB and factbot can tell:

- timeouts (connect, pool, read) raise `telegram.error.TimedOut`; every other transport failure
  (refused or dropped connection, a response cut short) raises `telegram.error.NetworkError`
  naming the aiohttp exception; non-2xx answers are returned to PTB, which maps them as usual;
- requests are POSTed with PTB's User-Agent; parameters go as a JSON body (multipart form fields
  when files are attached), which the Bot API accepts like PTB's form encoding;
  aiohttp never retries a POST by itself, so a send is never repeated behind factbot's back;
- `connection_pool_size` caps the connections open at once; waiting for a free one counts
  against `pool_timeout` (aiohttp's `connect` budget is pool wait + connect);
- TLS verification uses httpx's default context (certifi, or SSL_CERT_FILE / SSL_CERT_DIR), and
  HTTP(S)_PROXY / NO_PROXY from the environment are honoured, as with httpx's trust_env. They are
  looked up once per host (aiohttp's own trust_env would look them up, and read ~/.netrc, in a
  worker thread on every request).

aiohttp has no separate write timeout: `write_timeout` is accepted for PTB's sake and a stalled
write surfaces as a read timeout (the read budget starts once the request is sent).
"""

from __future__ import annotations

import json
import ssl
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL


def _ssl_context() -> ssl.SSLContext:
    import httpx  # a python-telegram-bot dependency; same CA bundle and env handling as before

    return httpx.create_ssl_context()


class AiohttpRequest(BaseRequest):
    """A `telegram.request.BaseRequest` on one `aiohttp.ClientSession` (created on first use
    inside the running event loop, closed by `shutdown()`, re-created by `initialize()`)."""

    __slots__ = (
        "_connect_timeout",
        "_json_headers",
        "_media_write_timeout",
        "_plain_headers",
        "_pool_size",
        "_pool_timeout",
        "_proxies",
        "_read_timeout",
        "_session",
        "_ssl",
        "_timeouts",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._ssl = _ssl_context()
        self._plain_headers = {"User-Agent": self.USER_AGENT}
        self._json_headers = {"User-Agent": self.USER_AGENT, "Content-Type": "application/json"}
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], tuple[URL | None, aiohttp.BasicAuth | None]] = {}
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=0, ssl=self._ssl)
        return aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=None),
            trust_env=False,  # proxies from the environment: see _proxy()
            raise_for_status=False,
        )

    def _proxy(self, url: str) -> tuple[URL | None, aiohttp.BasicAuth | None]:
        """The environment's proxy for this URL's scheme and host (None: connect directly)."""
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        proxy = self._proxies.get(key)
        if proxy is None:
            try:
                proxy = get_env_proxy_for_url(URL(url))
            except LookupError:
                proxy = (None, None)
            if len(self._proxies) < 64:
                self._proxies[key] = proxy
        return proxy

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._proxies.clear()  # re-read the environment, as a new httpx client would
            self._session = self._new_session()

    async def shutdown(self) -> None:
        if self._session is None or self._session.closed:
            return
        await self._session.close()

    def _timeout(
        self, read: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        key = (read, connect, pool)
        timeout = self._timeouts.get(key)
        if timeout is None:
            waiting = None if connect is None and pool is None else (connect or 0.0) + (pool or 0.0)
            timeout = aiohttp.ClientTimeout(
                total=None, connect=waiting, sock_connect=connect, sock_read=read
            )
            if len(self._timeouts) < 64:  # a handful of distinct values in practice
                self._timeouts[key] = timeout
        return timeout

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None:  # used without initialize(): open the session now
            session = self._session = self._new_session()
        elif session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")

        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self._connect_timeout
        if isinstance(pool_timeout, DefaultValue):
            pool_timeout = self._pool_timeout
        timeout = self._timeout(read_timeout, connect_timeout, pool_timeout)
        proxy, proxy_auth = self._proxy(url)

        data: Any = None
        headers = self._plain_headers
        if request_data is not None:
            files = request_data.multipart_data
            if files:
                form = aiohttp.FormData(quote_fields=False)
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, (filename, content, mimetype) in files.items():
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                data = form
            else:
                parameters = request_data.parameters
                if parameters:
                    # A JSON body (one of the Bot API's documented encodings): the C encoder,
                    # where form-urlencoding quotes every byte of the text in Python.
                    data = json.dumps(parameters).encode()
                    headers = self._json_headers

        try:
            async with session.request(
                method,
                url,
                data=data,
                headers=headers,
                timeout=timeout,
                allow_redirects=False,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's ServerTimeoutError is one too
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
