import multiprocessing
import os
import sys

def normal():
    pass

def exit0():
    sys.exit(0)

def exit_none():
    sys.exit()

def exit2():
    sys.exit(2)

def hard5():
    os._exit(5)

if __name__ == "__main__":
    for f in (normal, exit0, exit_none, exit2, hard5):
        p = multiprocessing.Process(target=f)
        p.start()
        p.join()
        print(f.__name__, p.exitcode)
