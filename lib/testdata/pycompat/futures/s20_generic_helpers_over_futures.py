from concurrent.futures import ThreadPoolExecutor, as_completed


def results(fs):
    return [f.result() for f in fs]


def submit_all(ex, fn, items):
    return [ex.submit(fn, x) for x in items]


with ThreadPoolExecutor(4) as ex:
    words = submit_all(ex, str.upper, ["a", "bb", "ccc"])
    lens = submit_all(ex, len, ["a", "bb", "ccc"])
    print(results(words), results(lens))
    print(sorted(f.result() for f in as_completed(lens)))
    total = ex.submit(sum, results(lens))
    print(total.result())
