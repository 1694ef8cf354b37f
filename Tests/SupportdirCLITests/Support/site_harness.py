"""What the site's browser tests share: the built site served on loopback, and headless Chromium driven by
Selenium (Debian's chromium and chromium-driver when installed). Exits 2, as the tests expect for a machine
without a browser, when Selenium or Chromium cannot be had."""
import functools, http.server, os, sys, threading

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
except ImportError:
    print("selenium is not installed (pip install selenium)", file=sys.stderr)
    sys.exit(2)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def serve(folder):
    """Serves `folder` on 127.0.0.1 at a free port, in the background; returns its base URL and the server (to shut down)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def open_chromium(console_log=False, javascript=True, locale="en-US"):
    """Headless Chromium at 1280x900 in US English, or `locale` (raises when it cannot start). With `console_log` the
    browser's console is kept for reading; without `javascript` scripts are switched off, as some visitors have them."""
    options = Options()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
              f"--lang={locale}", "--no-first-run", "--disable-extensions", "--disable-background-networking"]:
        options.add_argument(a)
    if console_log:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    prefs = {"intl.accept_languages": f"{locale},{locale.split('-')[0]}"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    binary = next((p for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] if os.path.exists(p)), None)
    if binary:
        options.binary_location = binary
    chromedriver = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver) if chromedriver else Service())
    driver.set_page_load_timeout(30)
    return driver


def start_chromium(console_log=False, locale="en-US"):
    """`open_chromium`, or exit 2 (cannot run) when there is no browser to drive."""
    try:
        return open_chromium(console_log=console_log, locale=locale)
    except Exception as e:
        print(f"could not start Chromium: {e}", file=sys.stderr)
        sys.exit(2)
