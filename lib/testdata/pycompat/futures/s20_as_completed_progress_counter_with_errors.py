from concurrent.futures import ThreadPoolExecutor, as_completed


def work(n):
    if n % 4 == 0:
        raise ValueError("bad %d" % n)
    return n * 2


with ThreadPoolExecutor(3) as ex:
    fs = {ex.submit(work, n): n for n in range(1, 10)}
    done = ok = failed = 0
    total = 0
    for f in as_completed(fs):
        done += 1
        try:
            total += f.result()
            ok += 1
        except ValueError:
            failed += 1
    print(done, ok, failed, total, sorted(fs[f] for f in fs if f.exception()))
