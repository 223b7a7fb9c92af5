import os
from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x, os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(square, i) for i in range(6)]
        vals = sorted(f.result()[0] for f in as_completed(futs))
        pids = {f.result()[1] for f in futs}
        print(vals, os.getpid() not in pids, 1 <= len(pids) <= 2)
        print([v for v, _ in ex.map(square, [7, 8, 9])])
