"""The staff flow in a real browser, and the review's way back to the mission's desktop.

Headless Debian Chromium (selenium) against the service on 127.0.0.1: an analyst logs in,
opens the mission, searches its activities, returns the questionnaire for revision with a
comment on one task. Then a real ``focalpoint sync`` process of the mission brings the
decision into its store, which reopens the questionnaire as a new draft, and the desktop
window shows the comment beside that task.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import browser_available, chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from store_keys import TEST_PASSPHRASE, open_passphrase_store
from sync_helpers import Service, configure
from web_helpers import ANALYST, PASSWORD

from focalpoint.secretariat.accounts import Actor
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.web.services import WorkspaceSettings, build_services
from focalpoint.storage import Store
from focalpoint.vocabularies import ResponseStatus

pytestmark = pytest.mark.skipif(not browser_available(),
                                reason="needs Debian's chromium and chromium-driver (./test "
                                       "installs them)")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """The child ``focalpoint sync`` opens this store too: a passphrase, not the keyring."""
    with open_passphrase_store(store_path) as opened:
        yield opened


@pytest.fixture
def driver() -> Iterator[WebDriver]:
    browser = chromium(1280, 720)
    yield browser
    browser.quit()


def focalpoint_sync(store_path: Path, token: str) -> subprocess.CompletedProcess[str]:
    """``focalpoint --db STORE sync`` as its own process (token from the environment)."""
    env = dict(os.environ, FOCALPOINT_TOKEN=token, FOCALPOINT_PASSPHRASE=TEST_PASSPHRASE,
               PYTHON_KEYRING_BACKEND="child_keyring.NoSecrets",
               PYTHONPATH=os.pathsep.join([str(ROOT / "tests" / "sync"), str(ROOT)]))
    return subprocess.run([sys.executable, "-m", "focalpoint", "--db", str(store_path), "sync"],
                          env=env, capture_output=True, text=True, timeout=300, check=False)


def _wait(driver: WebDriver) -> WebDriverWait:  # type: ignore[type-arg]
    return WebDriverWait(driver, 60)


def test_return_for_revision_in_the_browser_reaches_the_desktop(
        demo_store: Store, store_path: Path, service_store: ServiceStore, service: Service,
        driver: WebDriver, qtbot, tmp_path: Path) -> None:
    token = service_store.add_mission("DEMO", "OSCE Demo Field Operation").token
    build_services(service_store, WorkspaceSettings()).accounts.add_staff(
        ANALYST, "Anna Analyst", "analyst", PASSWORD, Actor.system("test"))
    submitted = demo_store.responses.latest()
    assert submitted is not None
    demo_store.responses.submit(submitted.id)
    configure(demo_store, service.url)
    first = focalpoint_sync(store_path, token)
    assert first.returncode == 0, first.stderr
    task = submitted.task_entries[0].task_code

    driver.get(service.url + "/missions/DEMO")
    assert driver.current_url.endswith("/login")  # no session: the login page, no data
    assert "OSCE Demo" not in driver.page_source
    driver.find_element(By.ID, "email").send_keys(ANALYST)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
    _wait(driver).until(expected_conditions.title_contains("Missions"))

    driver.find_element(By.LINK_TEXT, "OSCE Demo Field Operation").click()
    _wait(driver).until(expected_conditions.title_contains("DEMO"))
    total = demo_store.activities.total()
    assert f"Activities ({total})" in driver.find_element(By.ID, "activities").text
    search = driver.find_element(By.ID, "q")
    search.send_keys("police")
    search.submit()
    _wait(driver).until(lambda d: "q=police" in d.current_url)
    rows = driver.find_elements(By.CSS_SELECTOR, "table.activities tbody tr")
    heading = driver.find_element(By.CSS_SELECTOR, "#activities h2").text
    found = int(heading.split("(")[1].rstrip(")"))
    assert 0 < found < total and len(rows) == min(found, 25)
    assert driver.find_element(By.ID, "q").get_attribute("value") == "police"

    driver.find_element(By.CSS_SELECTOR, f"a[href='/missions/DEMO/responses/{submitted.id}']"
                        ).click()
    _wait(driver).until(expected_conditions.presence_of_element_located((By.ID, "review")))
    driver.find_element(By.ID, "decision-returned").click()
    driver.find_element(By.ID, "review-comment").send_keys("Please complete Part 1.")
    comment = driver.find_element(By.ID, f"task_comment_{task}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", comment)
    comment.send_keys("Name the ministries that took part.")
    driver.find_element(By.CSS_SELECTOR, "#review button[type=submit]").click()
    _wait(driver).until(lambda d: "notice=review" in d.current_url)
    assert "Returned for revision" in driver.page_source
    assert "Name the ministries that took part." in driver.page_source

    second = focalpoint_sync(store_path, token)
    assert second.returncode == 0, second.stderr
    reviews = demo_store.reviews.of(submitted.id)
    assert [(r.decision, r.comment, r.task_comments) for r in reviews] == [
        ("returned", "Please complete Part 1.", {task: "Name the ministries that took part."})]
    draft = demo_store.responses.revision_of(submitted.id)
    assert draft is not None and draft.status == ResponseStatus.DRAFT
    assert demo_store.responses.get(submitted.id).status == ResponseStatus.SUBMITTED
    assert draft.task_entries == submitted.task_entries  # derived from the snapshot

    from PySide6.QtCore import QSettings, Qt

    from focalpoint.ui.main_window import MainWindow

    window = MainWindow(demo_store, QSettings(str(tmp_path / "settings.ini"),
                                              QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    view = window.questionnaire
    nav = window.nav
    row = nav.item(2)  # Activities, Action Plan, Questionnaire, Sync
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(row).center())
    assert window.stack.currentWidget() is view
    assert view.response is not None and view.response.id == draft.id
    assert "Returned for revision" in view.review.text()
    assert "Please complete Part 1." in view.review.text()
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    part_two = view.part_two
    assert view.tabs.currentWidget() is part_two
    item = part_two._items[task]
    part_two.tasks.scrollToItem(item)
    qtbot.mouseClick(part_two.tasks.viewport(), Qt.MouseButton.LeftButton,
                     pos=part_two.tasks.visualItemRect(item).center())
    assert part_two.tasks.currentItem() is item
    assert part_two.review_note.isVisible()
    assert "Name the ministries that took part." in part_two.review_note.text()
    assert item.font(0).bold()
    window.ask_close_unsaved = lambda _parent, _problem: True
    window.close()


def test_analysis_filter_and_downloads_in_the_browser(
        synced_demo: Store, service_store: ServiceStore, service: Service,
        tmp_path: Path) -> None:
    """An analyst opens Analysis from the navigation, filters by period and mission (the
    filter stays in the URL and the form), downloads a table as CSV and the report draft,
    and a bad period answers with a page that says what is wrong."""
    build_services(service_store, WorkspaceSettings()).accounts.add_staff(
        ANALYST, "Anna Analyst", "analyst", PASSWORD, Actor.system("test"))
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = chromium(1366, 768, downloads=downloads)
    try:
        driver.get(service.url + "/analysis")
        assert driver.current_url.endswith("/login")
        driver.find_element(By.ID, "email").send_keys(ANALYST)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
        _wait(driver).until(expected_conditions.title_contains("Missions"))
        driver.find_element(By.LINK_TEXT, "Analysis").click()
        _wait(driver).until(expected_conditions.title_contains("Analysis"))
        assert "Choose a period" in driver.find_element(By.ID, "report").text

        driver.find_element(By.ID, "start").send_keys("2005-01-01")
        driver.find_element(By.ID, "end").send_keys("2005-12-31")
        driver.find_element(By.ID, "mission-DEMO").click()
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        _wait(driver).until(lambda d: "start=2005-01-01" in d.current_url)
        assert "mission=DEMO" in driver.current_url
        assert driver.find_element(By.ID, "start").get_attribute("value") == "2005-01-01"
        assert driver.find_element(By.ID, "mission-DEMO").is_selected()
        header = [th.text for th in driver.find_elements(
            By.CSS_SELECTOR, "#table-coverage-matrix thead th")]
        assert header == ["Task", "DEMO", "Missions", "Activities"]
        shown = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
                 for tr in driver.find_elements(By.CSS_SELECTOR, "#table-forms-1 tbody tr")]

        # A number of the heat map opens the activities it counts, and Analysis leads back.
        cell = driver.find_element(By.CSS_SELECTOR, "#table-coverage-matrix td.n a")
        count = int(cell.text)
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", cell)
        cell.click()
        _wait(driver).until(lambda d: "/analysis/missions/DEMO/tasks/" in d.current_url)
        assert len(driver.find_elements(By.CSS_SELECTOR, "table.activities tbody td.name a")
                   ) == count
        driver.find_element(By.CSS_SELECTOR, "p.crumbs a").click()
        _wait(driver).until(lambda d: d.current_url.split("#")[0].endswith(
            "/analysis?start=2005-01-01&end=2005-12-31&mission=DEMO"))

        link = driver.find_element(By.CSS_SELECTOR, "#question-forms a[href*='forms-1.csv']")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
        report = driver.find_element(By.ID, "report-docx")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", report)
        report.click()

        def downloaded(_driver: WebDriver) -> list[Path]:
            # Chromium writes to a hidden or .crdownload file and renames it when complete.
            files = [p for p in downloads.iterdir()
                     if p.suffix in (".csv", ".docx") and not p.name.startswith(".")]
            return files if len(files) == 2 else []

        files = {p.suffix: p for p in _wait(driver).until(downloaded)}
        rows = files[".csv"].read_text(encoding="utf-8-sig").splitlines()
        assert rows[0] == "Form of trafficking,All activities,Awareness-raising"
        assert [r.split(",") for r in rows[1:]] == shown
        assert files[".docx"].name == "report-draft-2005-01-01_2005-12-31-DEMO.docx"
        assert files[".docx"].read_bytes()[:2] == b"PK"  # a Word (zip) file

        start = driver.find_element(By.ID, "start")
        start.clear()
        start.send_keys("2005-13-01")
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        _wait(driver).until(lambda d: "start=2005-13-01" in d.current_url)
        assert "the start '2005-13-01' is not a date" in driver.find_element(
            By.CSS_SELECTOR, "p.error").text
        # The form keeps what was typed, to be corrected in place.
        assert driver.find_element(By.ID, "start").get_attribute("value") == "2005-13-01"
        assert driver.find_element(By.ID, "mission-DEMO").is_selected()
    finally:
        driver.quit()
