from concurrent.futures import ThreadPoolExecutor, as_completed

def task(i):
    if i % 3 == 0:
        raise ValueError("bad %d" % i)
    return i

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, i) for i in range(7)]
    ok, errors = [], []
    for f in as_completed(fs):
        if f.exception() is not None:
            errors.append(str(f.exception()))
        else:
            ok.append(f.result())
print(sorted(ok), sorted(errors))
