from concurrent.futures import ProcessPoolExecutor
import os

def pid_and_power(base, exp):
    return os.getpid(), base ** exp

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(pid_and_power, 2, e) for e in range(6)]
        res = [f.result() for f in fs]
    pids = {p for p, _ in res}
    print([v for _, v in res])
    print("workers used <= 2:", len(pids) <= 2, "parent not among them:", os.getpid() not in pids)
