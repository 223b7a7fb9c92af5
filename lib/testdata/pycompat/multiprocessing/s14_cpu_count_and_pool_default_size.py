import multiprocessing
import os

n = multiprocessing.cpu_count()
print(n >= 1)


def pid(_):
    return os.getpid()


if __name__ == "__main__":
    with multiprocessing.Pool() as p:
        pids = set(p.map(pid, range(4 * n), chunksize=1))
    print(1 <= len(pids) <= n, os.getpid() not in pids)
