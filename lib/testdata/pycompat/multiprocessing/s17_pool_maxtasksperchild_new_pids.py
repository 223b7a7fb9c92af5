import multiprocessing as mp
import os


def pid(_):
    return os.getpid()


if __name__ == "__main__":
    with mp.Pool(1, maxtasksperchild=1) as p:
        pids = [p.apply(pid, (i,)) for i in range(3)]
    print(len(set(pids)), os.getpid() not in pids)
