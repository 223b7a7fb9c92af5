from concurrent.futures import ProcessPoolExecutor
import os

def pid(_):
    return os.getpid()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        pids = list(ex.map(pid, range(8)))
    print(len(pids), os.getpid() in pids, 1 <= len(set(pids)) <= 2)
