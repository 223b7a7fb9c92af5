import threading
import multiprocessing as mp


def sq(x):
    return x * x


def f():
    pass


if __name__ == "__main__":
    print(threading.Thread(target=f).name)
    with mp.Pool(1) as p:
        print(p.map(sq, [1, 2, 3]))
        print(threading.Thread(target=f).name)
    print(threading.Thread(target=f).name)
