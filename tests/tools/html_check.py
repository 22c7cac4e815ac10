#!/usr/bin/python3
"""Loads an HTML plan page in Debian's headless chromium (python3-selenium, chromium-driver) and
prints what a test asserts on, as JSON: console errors, session cards, chart bars, scripts run,
resources fetched, the page's texts, horizontal overflow at 320 px, the lowest text contrast, and
the pages of the page printed to PDF (pdfinfo).

usage: html_check.py PAGE.html WORK_DIR
"""
import base64
import json
import os
import re
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

# The lowest contrast ratio (WCAG 2) of any element's own text against its painted background.
CONTRAST_JS = r"""
function channel(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
function luminance(rgb) { return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]); }
function parse(color) { const m = color.match(/[\d.]+/g).map(Number); return {rgb: m.slice(0, 3), alpha: m.length > 3 ? m[3] : 1}; }
function background(el) {
  for (; el; el = el.parentElement) {
    const c = parse(getComputedStyle(el).backgroundColor);
    if (c.alpha > 0) return c.rgb;
  }
  return [255, 255, 255];
}
let lowest = 21, where = '';
for (const el of document.body.querySelectorAll('*')) {
  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim() !== '');
  if (!own || el.getClientRects().length === 0 || el.closest('svg')) continue;
  const a = luminance(parse(getComputedStyle(el).color).rgb), b = luminance(background(el));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < lowest) { lowest = ratio; where = el.tagName + '.' + el.className; }
}
return [lowest, where];
"""


def browser(work):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + tempfile.mkdtemp(dir=work)):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main(page, work):
    driver = browser(work)
    try:
        driver.set_window_size(1280, 900)
        driver.get("file://" + os.path.abspath(page))
        run = driver.execute_script
        result = {
            "cards": run("return document.querySelectorAll('article.session').length"),
            "bars": run("return document.querySelectorAll('svg rect.bar').length"),
            "chart_rows": run("return document.querySelectorAll('.chart table tbody tr').length"),
            "scripts": run("return document.scripts.length"),
            "pwned": run("return window.pwned === undefined ? null : window.pwned"),
            "resources": run("return performance.getEntriesByType('resource').map(e => e.name)"),
            "title": run("return document.title"),
            "h1": run("return document.querySelector('h1').textContent"),
            "texts": run("return Array.from(document.querySelectorAll('.session .name, .note, .adapted')).map(e => e.textContent)"),
            "th_scoped": run("return document.querySelectorAll('th[scope]').length"),
            "video_links": run("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"),
        }
        try:
            driver.switch_to.alert
            result["alert"] = True
        except NoAlertPresentException:
            result["alert"] = False
        result["contrast"], result["contrast_where"] = run(CONTRAST_JS)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True})
        result["narrow"] = run("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                         "printBackground": True})
        result["console_errors"] = [entry["message"] for entry in driver.get_log("browser")
                                    if entry["level"] in ("SEVERE", "ERROR")]
    finally:
        driver.quit()
    pdf_path = os.path.join(work, "plan.pdf")
    with open(pdf_path, "wb") as out:
        out.write(base64.b64decode(pdf["data"]))
    info = subprocess.run(["pdfinfo", pdf_path], check=True, capture_output=True, text=True).stdout
    result["pdf_pages"] = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
