import multiprocessing as mp
import os
import sys


def ex(n):
    sys.exit(n)


def hard(n):
    os._exit(n)


if __name__ == "__main__":
    out = []
    for target, n in ((ex, 0), (ex, 7), (hard, 3), (ex, 255), (hard, 0)):
        p = mp.Process(target=target, args=(n,))
        p.start()
        p.join()
        out.append(p.exitcode)
    print(out)
