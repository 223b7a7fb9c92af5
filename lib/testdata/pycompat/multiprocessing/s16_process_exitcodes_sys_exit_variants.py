# pycompat: stderr
import multiprocessing as mp
import sys


def exit_with(arg):
    sys.exit(arg)


if __name__ == "__main__":
    for arg in (0, 3, None, "bye from child"):
        p = mp.Process(target=exit_with, args=(arg,))
        p.start()
        p.join()
        print(repr(arg), "->", p.exitcode)
