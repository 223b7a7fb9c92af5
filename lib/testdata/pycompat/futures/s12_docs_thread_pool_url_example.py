import concurrent.futures

URLS = ['http://www.foxnews.com/',
        'http://www.cnn.com/',
        'http://europe.wsj.com/',
        'http://www.bbc.co.uk/',
        'http://nonexistant-subdomain.python.org/']

PAGES = {u: "x" * (len(u) * 100) for u in URLS[:-1]}

# Retrieve a single page and report the URL and contents
def load_url(url, timeout):
    if url not in PAGES:
        raise OSError(f"<urlopen error [Errno -2] Name or service not known>")
    return PAGES[url].encode()

report = {}
# We can use a with statement to ensure threads are cleaned up promptly
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    # Start the load operations and mark each future with its URL
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            report[url] = '%r generated an exception: %s' % (url, exc)
        else:
            report[url] = '%r page is %d bytes' % (url, len(data))
for url in URLS:
    print(report[url])
