import multiprocessing, re

def show(x):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(x)))

if __name__ == "__main__":
    e = multiprocessing.Event()
    show(e)
    e.set()
    show(e)
    b = multiprocessing.Barrier(2)
    show(b)
    b.abort()
    show(b)
