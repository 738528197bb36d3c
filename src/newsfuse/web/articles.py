"""JSON articles (`{"articles": [...]}`) to `RawDoc`s, or to URLs the core fetches."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsfuse.ingest.ids import ensure_unique
from newsfuse.model import RawDoc
from newsfuse.rendering.page.upload import size_text
from newsfuse.settings import Settings
from newsfuse.web.errors import ApiError
from newsfuse.web.multipart import NAME_MAX, clean_name


class Article(BaseModel):
    """One report given as JSON: its text or its HTML, and what is known about it."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, min_length=1, max_length=NAME_MAX)
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


class Articles(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[Article] = Field(min_length=1)


def parse_articles(body: bytes) -> Articles:
    """The JSON body, or the error shape: 400 for broken JSON, 422 for a wrong structure."""
    try:
        return Articles.model_validate_json(body)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        if problem["type"] == "json_invalid":
            message = f"the body is not valid JSON ({problem['msg']})"
            raise ApiError(400, "bad_request", message) from None
        message = f"{where or 'body'}: {problem['msg']}"
        raise ApiError(422, "unprocessable", message, where or None) from None


def article_inputs(
    articles: Articles, settings: Settings, max_files: int, max_file_bytes: int
) -> list[RawDoc | str]:
    """RawDocs of the articles; an article with only a `url` is fetched by the core (through
    its private-address guard) when the server allows the network."""
    if len(articles.articles) > max_files:
        message = f"more than {max_files} articles in one request"
        raise ApiError(413, "too_many_files", message)
    inputs: list[RawDoc | str] = []
    for number, article in enumerate(articles.articles, 1):
        name = clean_name(article.id or f"article-{number}", number)
        content = article.text if article.text is not None else article.html
        if article.text is not None and article.html is not None:
            message = f"{name}: give text or html, not both"
            raise ApiError(422, "unprocessable", message, name)
        if content is None:
            inputs.append(_url_input(article, name, settings))
            continue
        if len(content.encode("utf-8")) > max_file_bytes:
            limit = size_text(max_file_bytes)
            raise ApiError(413, "too_large", f"{name}: over the {limit} limit per file", name)
        if not content.strip():
            raise ApiError(422, "unprocessable", f"{name}: the article is empty", name)
        kind: Literal["text", "html"] = "text" if article.text is not None else "html"
        fields = article.model_dump(include={"title", "url", "published", "outlet"})
        inputs.append(RawDoc(id=name, content=content, kind=kind, **fields))
    raws = [item for item in inputs if isinstance(item, RawDoc)]
    urls = [item for item in inputs if isinstance(item, str)]
    return [*ensure_unique(raws)[0], *urls]


def _url_input(article: Article, name: str, settings: Settings) -> str:
    if article.url is None:
        raise ApiError(422, "unprocessable", f"{name}: an article needs text, html or url", name)
    if urlsplit(article.url).scheme not in ("http", "https"):
        raise ApiError(422, "unprocessable", f"{name}: only http(s) URLs are fetched", name)
    if not settings.allow_network:
        message = f"{name}: fetching URLs is off (start the server with --allow-network)"
        raise ApiError(422, "unprocessable", message, name)
    return article.url


__all__ = ["Article", "Articles", "article_inputs", "parse_articles"]
