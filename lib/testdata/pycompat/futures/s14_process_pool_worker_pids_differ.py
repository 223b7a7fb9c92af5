import os
from concurrent.futures import ProcessPoolExecutor


def whoami(_):
    return os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        pids = set(ex.map(whoami, range(8)))
    print(os.getpid() not in pids, 1 <= len(pids) <= 2)
