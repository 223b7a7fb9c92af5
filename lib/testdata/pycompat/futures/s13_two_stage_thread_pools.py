import concurrent.futures as cf

pages = {"a": "x y z", "b": "hello", "c": "one two"}
def download(name):
    return name, pages[name]
def parse(item):
    name, text = item
    return name, len(text.split())

with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl") as dl, \
     cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="parse") as ps:
    downloads = [dl.submit(download, n) for n in sorted(pages)]
    parsed = [ps.submit(parse, f.result()) for f in cf.as_completed(downloads)]
    print(sorted(f.result() for f in parsed))
