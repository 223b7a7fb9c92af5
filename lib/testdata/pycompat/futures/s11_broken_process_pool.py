import concurrent.futures as cf
import os

def square(x):
    return x * x

def die(code):
    os._exit(code)

if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    print(ex.submit(square, 3).result())
    f = ex.submit(die, 3)
    try:
        f.result()
    except cf.process.BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    print(f.done(), f.cancelled(), type(f.exception()).__name__)
    try:
        ex.submit(square, 2)
    except cf.process.BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    ex.shutdown()
    print("shutdown")
