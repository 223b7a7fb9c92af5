import threading
from concurrent.futures import ProcessPoolExecutor


def sq(x):
    return x * x


def f():
    pass


if __name__ == "__main__":
    ex = ProcessPoolExecutor(1)
    print(threading.Thread(target=f).name)
    print(ex.submit(sq, 3).result(), ex.submit(sq, 4).result())
    print(threading.Thread(target=f).name)
    ex.shutdown()
    print(threading.Thread(target=f).name)
