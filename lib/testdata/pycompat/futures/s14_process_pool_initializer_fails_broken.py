from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

def init():
    raise RuntimeError("init failed")

def double(x):
    return 2 * x

if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1, initializer=init)
    f = ex.submit(double, 1)
    try:
        print(f.result(timeout=20))
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    try:
        ex.submit(double, 2)
    except BrokenProcessPool as e:
        print("submit BrokenProcessPool:", e)
    ex.shutdown()
