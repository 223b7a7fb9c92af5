from concurrent.futures import ThreadPoolExecutor


def part(lo, hi):
    return sum(i * i for i in range(lo, hi))


n = 100000
step = 12500
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(part, lo, min(lo + step, n)) for lo in range(0, n, step)]
    parts = [f.result() for f in futs]
print(len(parts), sum(parts), sum(parts) == part(0, n))
print(parts[:2])
