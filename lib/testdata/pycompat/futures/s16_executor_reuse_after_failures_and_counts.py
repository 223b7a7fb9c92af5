from concurrent.futures import ThreadPoolExecutor, as_completed


def maybe_fail(i):
    if i % 3 == 0:
        raise ValueError("bad %d" % i)
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(maybe_fail, i) for i in range(10)]
    ok, bad = [], []
    for f in as_completed(fs):
        if f.exception() is None:
            ok.append(f.result())
        else:
            bad.append(str(f.exception()))
print(sorted(ok))
print(sorted(bad))
print(all(f.done() for f in fs), any(f.cancelled() for f in fs))
