"""Headless Debian Chromium driven by selenium, for the staff-flow test and the screenshots.

Debian's ``chromium`` and ``chromium-driver`` (installed by ``./test``); selenium is told
both paths, so it never tries to download a browser. The service runs as in the sync tests
(``sync_helpers.start_service``: uvicorn on 127.0.0.1, a port the OS picks).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service as ChromeService

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def browser_available() -> bool:
    return bool(shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER))


def chromium(width: int = 1280, height: int = 720,
             downloads: Path | None = None) -> webdriver.Chrome:
    """The browser; with ``downloads`` a download goes to that folder without asking."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    if downloads is not None:
        options.add_experimental_option("prefs", {
            "download.default_directory": str(downloads), "download.prompt_for_download": False,
            "download.directory_upgrade": True, "safebrowsing.enabled": True})
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", f"--window-size={width},{height}",
                     "--lang=en-GB", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=ChromeService(CHROMEDRIVER))
    resize_viewport(driver, width, height)
    return driver


def resize_viewport(driver: webdriver.Chrome, width: int, height: int) -> None:
    """Make the page area (not the window with its frame) ``width`` x ``height``."""
    driver.set_window_size(width, height)
    inner_width, inner_height = driver.execute_script(
        "return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(2 * width - inner_width, 2 * height - inner_height)
