from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import os


def die(code):
    os._exit(code)


def square(x):
    return x * x


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    print(ex.submit(square, 7).result())
    f = ex.submit(die, 3)
    try:
        f.result(timeout=30)
    except BrokenProcessPool as e:
        print(type(e).__name__, "|", e)
    print("done:", f.done())
    try:
        ex.submit(square, 2)
    except BrokenProcessPool as e:
        print("submit:", e)
    ex.shutdown()
