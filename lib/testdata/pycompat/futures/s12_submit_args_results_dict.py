from concurrent.futures import ThreadPoolExecutor, as_completed

def fetch(url, retries=1):
    return f"{url}:{len(url) * retries}"

urls = ["a.com", "bb.org", "ccc.net"]
with ThreadPoolExecutor(max_workers=3) as ex:
    fut_to_url = {ex.submit(fetch, u, retries=2): u for u in urls}
    out = {}
    for f in as_completed(fut_to_url):
        out[fut_to_url[f]] = f.result()
for u in urls:
    print(u, out[u])
