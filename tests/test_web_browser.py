"""The web form in headless Debian Chromium (Selenium with the system chromedriver).

Screenshots of the result pages are saved under tests/artifacts/ for people to look at.
"""
import tempfile
from pathlib import Path

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from live_server import LiveServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")

LETTER = """Beste ouders,

Volgende week is het tienminutengesprek over uw kind. Indien u verhinderd bent, dient u dit z.s.m. door te geven aan de mentor.
Middels deze brief informeren wij u tevens over de gewijzigde procedure omtrent de absentenregistratie, welke met ingang van het nieuwe schooljaar door de verzuimcoördinator zal worden uitgevoerd.

U kunt kiezen uit dinsdag 12 maart of donderdag 14 maart. Het gesprek is in lokaal 4. Wilt u een mail sturen naar juf Anna? Haar adres is anna@school.example.

Met vriendelijke groet,
Juf Anna"""

HOSTILE = """Beste ouders,

<script>window.pwned = 1</script> Morgen is er geen school.
<img src="x" onerror="window.pwned = 2"> Tot dan!
"><svg onload="window.pwned = 3">"""


@pytest.fixture(scope="module")
def server():
    live = LiveServer()
    yield live
    live.stop()


def open_browser(width: int, height: int, javascript: bool = True) -> webdriver.Chrome:
    assert CHROMIUM.exists() and CHROMEDRIVER.exists(), "run tests/browser_setup.sh (make test does) to install chromium"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='ouderbrief-chromium-')}")
    options.add_argument(f"--window-size={width},{height}")
    if width < 500:  # headless windows do not get narrower than that: emulate the phone's screen
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1}})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))


@pytest.fixture(scope="module")
def browser():
    driver = open_browser(1280, 1000)
    yield driver
    driver.quit()


def submit_letter(browser, server, text: str, target: str = "A2") -> None:
    browser.get(server.url + "/")
    area = browser.find_element(By.ID, "brief")
    area.clear()
    area.send_keys(text)
    Select(browser.find_element(By.ID, "niveau")).select_by_value(target)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.ID, "uitslag"))


def letter_text(browser) -> str:
    """The letter as shown, without the screen-reader labels and tooltips."""
    return browser.execute_script(
        "const copy = document.getElementById('letter').cloneNode(true);"
        "copy.querySelectorAll('.sr-only, .tip').forEach(e => e.remove());"
        "return copy.textContent;"
    )


def save_screenshot(browser, name: str, whole_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    if whole_page:
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(browser.get_window_size()["width"], min(max(height, 600), 4000))
        browser.execute_script("window.scrollTo(0, 0)")
    path = ARTIFACTS / f"{name}.png"
    browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_letter_gets_a_level_badge_and_highlighted_jargon(browser, server):
    expected = httpx.post(server.url + "/api/v1/check", json={"text": LETTER}, timeout=60).json()
    submit_letter(browser, server, LETTER)

    badge = browser.find_element(By.CSS_SELECTOR, ".badge")
    assert badge.get_attribute("data-level") == expected["level"]
    assert f"Niveau\n{expected['level']}" in badge.text or f"Niveau {expected['level']}" in badge.text
    verdict = browser.find_element(By.CSS_SELECTOR, ".verdict-words").text
    assert "A2" in verdict and ("Goed" in verdict) == (expected["verdict"] == "pass")

    letter = browser.find_element(By.ID, "letter")
    assert letter_text(browser) == LETTER  # every character of the letter, in place
    tinted = letter.find_elements(By.CSS_SELECTOR, ".sentence.above")
    assert tinted and len(tinted) == sum(
        s["level"] > "A2" and s["kind"] in ("sentence", "list-item") for s in expected["sentences"]
    )

    jargon = next(m for m in letter.find_elements(By.CSS_SELECTOR, "mark.finding") if m.text.startswith("tienminutengesprek"))
    tip = jargon.find_element(By.CSS_SELECTOR, ".tip")
    assert not tip.is_displayed()
    ActionChains(browser).move_to_element(jargon).perform()  # hover
    assert tip.is_displayed()
    assert "kort gesprek met de leraar" in tip.text

    links = browser.find_elements(By.CSS_SELECTOR, ".findings a.quote")
    assert len(links) == len([f for f in expected["findings"] if f["end"] > f["start"]])
    for link in links:  # every finding in the list links to its place in the letter
        target = link.get_attribute("href").split("#")[1]
        assert browser.find_element(By.ID, target).find_element(By.XPATH, "..").tag_name == "mark"
    described_by = jargon.get_attribute("aria-describedby").split()
    listed = [browser.find_element(By.ID, item).text for item in described_by]
    assert any("tienminutengesprek" in text and "kort gesprek met de leraar" in text for text in listed)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", jargon)
    save_screenshot(browser, "web_result_tooltip", whole_page=False)

    copy = browser.find_element(By.CSS_SELECTOR, "button.copy")
    assert copy.is_displayed()  # shown by the script
    improved = browser.find_element(By.ID, "verbeterd").get_attribute("value")
    assert "zo snel mogelijk" in improved and "z.s.m." not in improved
    copy.click()
    WebDriverWait(browser, 5).until(lambda b: "gekopieerd" in b.find_element(By.CSS_SELECTOR, ".copy-status").text)
    browser.execute_script("document.activeElement.blur()")
    save_screenshot(browser, "web_result")


REWRITE_LETTER = """Beste ouders,

Op vrijdag is de sportdag. Het vervoer wordt door de ouderraad geregeld. Neem z.s.m. een lunchpakket mee.

Groet,
Juf Anna"""


def test_a_rewrite_is_taken_over_into_the_improved_text(browser, server):
    submit_letter(browser, server, REWRITE_LETTER)
    passive = next(item for item in browser.find_elements(By.CSS_SELECTOR, ".findings li")
                   if "Lijdende vorm" in item.text)
    assert "Nieuwe zin: De ouderraad regelt het vervoer." in passive.text
    improved = browser.find_element(By.ID, "verbeterd")
    before = improved.get_attribute("value")
    assert "Het vervoer wordt door de ouderraad geregeld." in before  # offered, not applied
    assert "zo snel mogelijk" in before  # the safe word swaps are
    button = passive.find_element(By.CSS_SELECTOR, "button.apply")
    assert button.is_displayed() and button.text == "Neem over"
    button.click()
    WebDriverWait(browser, 5).until(lambda b: "De ouderraad regelt" in improved.get_attribute("value"))
    after = improved.get_attribute("value")
    assert after == before.replace("Het vervoer wordt door de ouderraad geregeld.", "De ouderraad regelt het vervoer.")
    assert button.text == "Overgenomen" and not button.is_enabled()
    assert "nieuwe zin" in browser.find_element(By.CSS_SELECTOR, ".improved .copy-status").text
    save_screenshot(browser, "web_rewrite_taken_over")


def test_tab_key_reaches_the_findings(browser, server):
    submit_letter(browser, server, LETTER)
    browser.find_element(By.ID, "niveau").click()
    focused_marks = []
    for _ in range(40):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        active = browser.switch_to.active_element
        if active.tag_name == "mark":
            focused_marks.append(active.text)
            assert active.find_element(By.CSS_SELECTOR, ".tip").is_displayed()
    assert any(text.startswith("tienminutengesprek") for text in focused_marks)


def test_html_and_script_in_a_letter_stay_inert_text(browser, server):
    submit_letter(browser, server, HOSTILE)
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#letter script, #letter img, #letter svg, main img")
    assert letter_text(browser) == HOSTILE.strip()
    assert browser.find_element(By.ID, "brief").get_attribute("value").replace("\r\n", "\n") == HOSTILE
    save_screenshot(browser, "web_hostile_letter")


def test_empty_letter_shows_a_dutch_error(browser, server):
    browser.get(server.url + "/")
    browser.execute_script("document.getElementById('brief').removeAttribute('required')")
    browser.find_element(By.ID, "brief").send_keys("   ")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#uitslag.error"))
    assert "geen tekst" in browser.find_element(By.ID, "uitslag").text


def test_works_without_javascript(server):
    no_script = open_browser(1024, 900, javascript=False)
    try:
        submit_letter(no_script, server, LETTER)
        assert no_script.find_element(By.CSS_SELECTOR, ".badge").text
        assert no_script.find_elements(By.CSS_SELECTOR, "mark.finding")
        assert not no_script.find_element(By.CSS_SELECTOR, "button.copy").is_displayed()  # it needs the script
        assert not any(button.is_displayed() for button in no_script.find_elements(By.CSS_SELECTOR, "button.apply"))
    finally:
        no_script.quit()


def test_fits_a_phone_screen(server):
    # Chromedriver hangs on clicks with both phone emulation and scripts off, so this one has scripts on.
    phone = open_browser(390, 844)
    try:
        submit_letter(phone, server, LETTER)
        widths = phone.execute_script(
            "const root = document.documentElement;"
            "return [root.scrollWidth, root.clientWidth, [...document.querySelectorAll('body *')]"
            ".filter(e => e.getBoundingClientRect().right > root.clientWidth + 1).map(e => e.tagName + '.' + e.className)]"
        )
        assert widths[0] <= widths[1] <= 400, f"the page scrolls sideways on a phone: {widths}"
        phone.execute_script("document.getElementById('uitslag').scrollIntoView()")
        save_screenshot(phone, "web_result_phone", whole_page=False)
    finally:
        phone.quit()


def test_api_docs_script_runs_under_their_content_security_policy(browser, server):
    browser.get(server.url + "/docs")
    # The inline script (allowed by its hash) starts Swagger UI, which draws into the page.
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#swagger-ui .swagger-ui"))
    blocked = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
    assert blocked == []
    assert "script-src 'self' 'sha256-" in httpx.get(server.url + "/docs").headers["content-security-policy"]
