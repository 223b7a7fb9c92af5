import concurrent.futures as cf

PAGES = {"a.com": 120, "b.org": 45, "c.net": 300, "d.io": 7}
def load(url):
    if url == "c.net":
        raise ConnectionError("timed out: " + url)
    return PAGES[url] * 10

with cf.ThreadPoolExecutor(max_workers=5) as ex:
    future_to_url = {ex.submit(load, url): url for url in PAGES}
    report = []
    for future in cf.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            report.append("%r generated an exception: %s" % (url, exc))
        else:
            report.append("%r page is %d bytes" % (url, data))
for line in sorted(report):
    print(line)
