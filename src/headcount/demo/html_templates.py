"""Page templates of the fictional sites: each site wraps an article in its own chrome."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Page:
    site_title: str
    domain: str
    title: str
    published: str  # ISO 8601 with offset
    date_line: str  # as the site prints it
    canonical: str
    paragraphs: list[str]
    related: list[tuple[str, str]]
    comments: list[tuple[str, str, str]]  # author, time, text
    menu: list[str]
    section: str


def _head(p: Page, extra: str = "") -> str:
    t = escape(p.title)
    return (
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{t} — {escape(p.site_title)}</title>\n"
        f"<meta property=\"og:title\" content=\"{t}\">\n"
        f"<meta property=\"og:site_name\" content=\"{escape(p.site_title)}\">\n"
        f"<meta property=\"article:published_time\" content=\"{p.published}\">\n"
        f"<meta property=\"article:section\" content=\"{escape(p.section)}\">\n"
        f"<link rel=\"canonical\" href=\"{p.canonical}\">\n"
        f"<link rel=\"stylesheet\" href=\"https://{p.domain}/static/main.css\">\n"
        f"{extra}</head>\n"
    )


def _menu(p: Page, cls: str) -> str:
    items = "".join(
        f"<li><a href=\"https://{p.domain}/{i}/\">{escape(m)}</a></li>"
        for i, m in enumerate(p.menu)
    )
    return f"<nav class=\"{cls}\"><ul>{items}</ul></nav>\n"


def _paras(p: Page) -> str:
    return "\n".join(f"<p>{escape(x)}</p>" for x in p.paragraphs)


def _related(p: Page, tag: str = "li") -> str:
    return "".join(f"<{tag}><a href=\"{u}\">{escape(t)}</a></{tag}>" for t, u in p.related)


def _comments(p: Page, cls: str) -> str:
    out = [f"<section class=\"{cls}\" id=\"comments\"><h3>Комментарии ({len(p.comments)})</h3>"]
    for author, when, text in p.comments:
        out.append(
            f"<div class=\"comment\"><span class=\"author\">{escape(author)}</span> "
            f"<time>{escape(when)}</time><div class=\"comment-text\">{escape(text)}</div></div>"
        )
    out.append("<form class=\"comment-form\"><textarea name=\"text\"></textarea>"
               "<button>Отправить</button></form></section>\n")
    return "\n".join(out)


def _footer(p: Page, year: str) -> str:
    return (
        f"<footer><p>© 2015–{year} {escape(p.site_title)}. Сетевое издание. "
        "Регистрационный номер ЭЛ № ФС 77-00000 (вымышленный). 18+</p>"
        "<p>Все права защищены. При цитировании ссылка обязательна.</p></footer>\n"
    )


def _ad(n: int) -> str:
    return (f"<div class=\"adv\" id=\"adfox_{n}\"><span>Реклама</span>"
            "<a href=\"https://ads.example.net/click\">Окна ПВХ со скидкой 30% — звоните!</a>"
            "</div>\n")


def portal(p: Page) -> str:
    """A classic regional portal: top menu, breadcrumbs, article, sidebar, comments."""
    return (
        _head(p) + "<body class=\"portal\">\n<header class=\"site-header\">"
        f"<a class=\"logo\" href=\"https://{p.domain}/\">{escape(p.site_title)}</a>"
        "<div class=\"weather\">−12 °C</div><div class=\"currency\">USD 92,4 EUR 99,1</div>"
        "</header>\n" + _menu(p, "main-menu") + _ad(1)
        + f"<div class=\"breadcrumbs\"><a href=\"https://{p.domain}/\">Главная</a> / "
        f"<a href=\"https://{p.domain}/news/\">{escape(p.section)}</a></div>\n"
        f"<article class=\"news-item\">\n<h1>{escape(p.title)}</h1>\n"
        f"<div class=\"date\">{escape(p.date_line)}</div>\n<div class=\"text\">\n{_paras(p)}\n"
        "</div>\n<div class=\"share\">Поделиться: ВКонтакте · Одноклассники · Telegram</div>\n"
        "</article>\n<aside class=\"related\"><h3>Читайте также</h3><ul>"
        + _related(p) + "</ul></aside>\n" + _ad(2) + _comments(p, "comments")
        + _footer(p, p.published[:4]) + "</body>\n</html>\n"
    )


def newsfeed(p: Page) -> str:
    """A feed-style site: left column of latest news, article in a <main>."""
    feed = "".join(f"<div class=\"feed-item\"><a href=\"{u}\">{escape(t)}</a></div>"
                   for t, u in p.related)
    return (
        _head(p) + "<body>\n<div id=\"top\">" + _menu(p, "nav")
        + f"<div class=\"brand\">{escape(p.site_title)}</div></div>\n"
        f"<div class=\"layout\"><div class=\"feed\"><h4>Лента новостей</h4>{feed}</div>\n"
        f"<main><article itemscope itemtype=\"https://schema.org/NewsArticle\">\n"
        f"<header><h1 itemprop=\"headline\">{escape(p.title)}</h1>"
        f"<time itemprop=\"datePublished\" datetime=\"{p.published}\">"
        f"{escape(p.date_line)}</time></header>\n"
        f"<div itemprop=\"articleBody\">\n{_paras(p)}\n</div></article>\n"
        + _ad(3) + _comments(p, "discussion") + "</main></div>\n"
        + _footer(p, p.published[:4]) + "</body>\n</html>\n"
    )


def gazette(p: Page) -> str:
    """The website of an old district newspaper: tables, a rubric line, «Обсуждение»."""
    rel = _related(p, "p")
    return (
        _head(p) + "<body bgcolor=\"#ffffff\">\n<table width=\"100%\"><tr><td>"
        f"<h2 class=\"paper\">{escape(p.site_title)}</h2><i>общественно-политическая газета</i>"
        "</td></tr><tr><td>" + _menu(p, "rubrics") + "</td></tr></table>\n"
        f"<div class=\"rubric\">{escape(p.section)}</div>\n"
        f"<article>\n<h1>{escape(p.title)}</h1>\n<p class=\"meta\">{escape(p.date_line)} | "
        "Просмотров: 1 204</p>\n" + _paras(p)
        + "\n<p class=\"author\">Подготовила редакция</p>\n</article>\n"
        f"<div class=\"more\"><b>Другие материалы рубрики:</b>{rel}</div>\n"
        + _comments(p, "obsuzhdenie") + _ad(4) + _footer(p, p.published[:4])
        + "</body>\n</html>\n"
    )


def media(p: Page) -> str:
    """A modern media site with cards of related stories and a subscription banner."""
    cards = "".join(f"<a class=\"card\" href=\"{u}\"><span>{escape(t)}</span></a>"
                    for t, u in p.related)
    return (
        _head(p, "<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
        + "<body class=\"media\">\n<div class=\"topbar\">" + _menu(p, "menu-top")
        + "<a class=\"subscribe\" href=\"https://t.me/\">Подписаться в Telegram</a></div>\n"
        f"<article class=\"story\">\n<div class=\"story-meta\"><span class=\"tag\">"
        f"{escape(p.section)}</span> <span class=\"published\">{escape(p.date_line)}</span>"
        f"</div>\n<h1 class=\"story-title\">{escape(p.title)}</h1>\n"
        f"<div class=\"story-body\">\n{_paras(p)}\n</div>\n</article>\n"
        "<div class=\"banner\">Подпишитесь на нашу рассылку</div>\n"
        f"<section class=\"more-stories\"><h2>Похожие новости</h2>{cards}</section>\n"
        + _comments(p, "comments-block") + _footer(p, p.published[:4]) + "</body>\n</html>\n"
    )


def government(p: Page) -> str:
    """An official district administration site: coat of arms, sidebar, no comments."""
    side = _related(p)
    return (
        _head(p) + "<body class=\"gov\">\n<div class=\"gerb\"><img src=\"/img/gerb.png\" "
        f"alt=\"Герб\"></div><div class=\"org\">{escape(p.site_title)}</div>\n"
        + _menu(p, "gov-menu")
        + "<div class=\"version\"><a href=\"?special=1\">Версия для слабовидящих</a></div>\n"
        f"<div class=\"content\"><article class=\"official-news\">\n<h1>{escape(p.title)}</h1>\n"
        f"<div class=\"news-date\">{escape(p.date_line)}</div>\n{_paras(p)}\n</article>\n"
        f"<aside class=\"sidebar\"><h3>Новости администрации</h3><ul>{side}</ul>"
        "<h3>Полезные ссылки</h3><ul><li>Госуслуги</li><li>Противодействие коррупции</li>"
        "<li>Обращения граждан</li></ul></aside></div>\n"
        + _footer(p, p.published[:4]) + "</body>\n</html>\n"
    )


TEMPLATES = {"portal": portal, "newsfeed": newsfeed, "gazette": gazette, "media": media,
             "government": government}


def tabloid(p: Page) -> str:
    """A busy tabloid: ticker, «most read» list, article, reactions and comments."""
    top = "".join(f"<li class=\"top-item\"><a href=\"{u}\">{escape(t)}</a></li>"
                  for t, u in p.related)
    return (
        _head(p) + "<body>\n<div class=\"ticker\">Срочно: на трассе перекрыто движение</div>\n"
        f"<div class=\"masthead\"><a href=\"https://{p.domain}/\">{escape(p.site_title)}</a>"
        "</div>\n" + _menu(p, "sections") + "<div class=\"wrap\">\n"
        f"<div class=\"post\" id=\"post\">\n<h1 class=\"post-title\">{escape(p.title)}</h1>\n"
        f"<p class=\"post-date\">{escape(p.date_line)} · {escape(p.section)}</p>\n"
        f"<article class=\"post-content\">\n{_paras(p)}\n</article>\n"
        "<div class=\"reactions\">😢 214 · 🙏 87 · 😡 12</div>\n</div>\n"
        f"<div class=\"most-read\"><h3>Самое читаемое</h3><ol>{top}</ol></div>\n</div>\n"
        + _ad(5) + _comments(p, "comments") + _footer(p, p.published[:4]) + "</body>\n</html>\n"
    )


TEMPLATES["tabloid"] = tabloid
