"""Automated accessibility checks of the staff pages: every form control has a label, the
colour pairs of the stylesheet have a contrast of at least 4.5:1 (WCAG AA for text), and
long Cyrillic and Georgian names fit the page at 1280 px and at a tablet's width."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import browser_available, chromium, resize_viewport
from sync_helpers import start_service
from web_helpers import ADMIN, PASSWORD, Workspace

from focalpoint.storage import Store

CSS = (Path(__file__).resolve().parents[2] / "focalpoint" / "secretariat" / "web" / "static"
       / "workspace.css")
#: (text colour, background) as the stylesheet combines them.
PAIRS = [("ink", "paper"), ("ink", "card"), ("muted", "card"), ("muted", "paper"),
         ("brand", "card"), ("brand", "paper"), ("brand-ink", "brand"),
         ("ok-ink", "ok-bg"), ("warn-ink", "warn-bg"), ("bad-ink", "bad-bg"),
         ("brand-ink", "bad-ink"), ("ink", "heat1"), ("ink", "heat2"),
         ("brand-ink", "heat3"), ("brand-ink", "heat4"), ("brand", "card")]
GEORGIAN = "ეუთოს მისია საქართველოში — ადამიანით ვაჭრობის წინააღმდეგ ბრძოლის განყოფილება"
RUSSIAN = ("Офис Программ ОБСЕ в Душанбе — Отдел по противодействию торговле людьми и защите "
           "прав трудовых мигрантов")


class _Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str]] = []
        self.label_for: set[str] = set()
        self._in_label = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "label":
            self._in_label += 1
            if values.get("for"):
                self.label_for.add(values["for"])
        if tag in ("input", "select", "textarea") and values.get("type") not in (
                "hidden", "submit", "button"):
            self.controls.append({**values, "_wrapped": "1" if self._in_label else ""})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._in_label -= 1


def unlabelled(html: str) -> list[str]:
    parser = _Controls()
    parser.feed(html)
    return [c.get("name", "?") for c in parser.controls
            if not (c["_wrapped"] or c.get("aria-label") or c.get("id") in parser.label_for)]


def test_every_form_control_on_every_page_has_a_label(workspace: Workspace,
                                                      synced_demo: Store) -> None:
    assert unlabelled('<input name="a"><label for="b">B</label><input id="b">') == ["a"]
    anonymous = workspace.new_client().get("/login").text
    client = workspace.login(ADMIN)
    response = synced_demo.responses.latest()
    assert response is not None
    activity = synced_demo.activities.list()[0].id
    pages = {"/login": anonymous}
    for url in ("/", "/missions/DEMO", f"/missions/DEMO/activities/{activity}",
                f"/missions/DEMO/responses/{response.id}", "/admin", "/admin/audit",
                "/analysis", "/analysis?start=2005-01-01&end=2005-12-31&mission=DEMO"):
        answer = client.get(url)
        assert answer.status_code == 200, url
        pages[url] = answer.text
    assert 'name="task_comment_' in pages[f"/missions/DEMO/responses/{response.id}"]
    for url, html in pages.items():
        assert unlabelled(html) == [], url


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_of_every_colour_pair_is_at_least_4_5() -> None:
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # the WCAG example just fails
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", CSS.read_text()))
    assert {name for pair in PAIRS for name in pair} <= set(colours)
    weak = {f"{fg} on {bg}": round(contrast(colours[fg], colours[bg]), 2) for fg, bg in PAIRS
            if contrast(colours[fg], colours[bg]) < 4.5}
    assert weak == {}
    used = set(re.findall(r"var\(--([\w-]+)\)", CSS.read_text()))
    assert used <= set(colours) | {"focus", "line"}


@pytest.mark.skipif(not browser_available(), reason="needs Debian's chromium")
def test_long_cyrillic_and_georgian_names_fit_the_page(workspace: Workspace) -> None:
    workspace.store.add_mission("GEO", GEORGIAN)
    workspace.store.add_mission("TJK", RUSSIAN)
    workspace.add_staff("long@osce.example", "analyst",
                        "Александра Константиновна Преображенская-Ибрагимова")
    live = start_service(workspace.store)
    driver = chromium(1280, 720)
    try:
        driver.get(live.url + "/login")
        driver.find_element("id", "email").send_keys(ADMIN)
        driver.find_element("id", "password").send_keys(PASSWORD)
        driver.find_element("css selector", "form[action='/login'] button").click()
        for width, height in ((1280, 720), (820, 1180)):
            resize_viewport(driver, width, height)
            for url in ("/", "/missions/GEO", "/missions/TJK", "/admin", "/analysis"):
                driver.get(live.url + url)
                assert driver.title and "Sign in" not in driver.title
                overflow = driver.execute_script(
                    "return document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, (url, width, overflow)
                if url not in ("/admin", "/analysis"):
                    assert GEORGIAN in driver.page_source or RUSSIAN in driver.page_source
    finally:
        driver.quit()
        live.stop()
