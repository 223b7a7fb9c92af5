import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

SIZES = {"a.html": 120, "b.css": 40, "c.js": 300, "d.png": 0}
release = {url: threading.Event() for url in SIZES}


def download(url):
    release[url].wait(10)
    if SIZES[url] == 0:
        raise IOError("empty body from %s" % url)
    return SIZES[url]


order = []
with ThreadPoolExecutor(max_workers=4) as ex:
    future_to_url = {ex.submit(download, url): url for url in SIZES}
    for url in ("c.js", "a.html", "d.png", "b.css"):
        release[url].set()
        for f in as_completed(future_to_url):
            if future_to_url[f] == url:
                break
    for f in as_completed(future_to_url):
        url = future_to_url[f]
        try:
            order.append("%r page is %d bytes" % (url, f.result()))
        except Exception as exc:
            order.append("%r generated an exception: %s" % (url, exc))
for line in sorted(order):
    print(line)
