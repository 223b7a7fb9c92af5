import os
import time
from concurrent.futures import ProcessPoolExecutor


def pid_after(delay):
    time.sleep(delay)
    return os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        pids = list(ex.map(pid_after, [0.2, 0.2, 0.01, 0.01]))
        print(len(set(pids)) <= 2, os.getpid() not in pids, len(pids))
        print(ex.submit(pid_after, 0).result() in set(pids))
