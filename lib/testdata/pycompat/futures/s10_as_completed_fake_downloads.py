from concurrent.futures import ThreadPoolExecutor, as_completed
import time

URLS = {"a.com": 0.03, "b.org": 0.01, "c.net": 0.02, "d.io": 0.0}

def load(url, delay):
    time.sleep(delay)
    return len(url) * 100

with ThreadPoolExecutor(max_workers=4) as ex:
    future_to_url = {ex.submit(load, u, d): u for u, d in URLS.items()}
    results = {}
    for fut in as_completed(future_to_url):
        url = future_to_url[fut]
        results[url] = fut.result()
for url in sorted(results):
    print("%r page is %d bytes" % (url, results[url]))
