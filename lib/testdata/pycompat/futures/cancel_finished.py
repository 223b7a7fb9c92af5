from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=2) as ex:
    ok = ex.submit(lambda: "ok")
    bad = ex.submit(lambda: 1 / 0)
    ok.result()
    bad.exception()
print(ok.cancel(), ok.cancelled(), ok.done(), ok.result())
print(bad.cancel(), bad.cancelled(), bad.done(), type(bad.exception()).__name__)
