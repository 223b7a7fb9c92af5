# The names of a Pool's workers and of a ProcessPoolExecutor's processes
# (their prefix: the number counts every process made so far).
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def name(_):
    return mp.current_process().name.rsplit("-", 1)[0]


if __name__ == "__main__":
    with mp.Pool(2) as p:
        print(sorted(set(p.map(name, range(4)))))
    with ProcessPoolExecutor(2) as e:
        print(sorted(set(e.map(name, range(4)))))
    proc = mp.Process(target=name, args=(0,))
    proc.start()
    proc.join()
    print(proc.name.rsplit("-", 1)[0], proc.exitcode)
    print(mp.current_process().name)
