import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

URLS = ["http://a.example", "http://b.example", "http://bad.example", "http://c.example"]


def load_url(url, timeout):
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return len(url) * timeout


results = {}
with ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            results[url] = f"generated an exception: {exc}"
        else:
            results[url] = f"page is {data} bytes"
for url in URLS:
    print(url, results[url])
