import multiprocessing as mp
import time


def slow_at_one(x):
    if x == 1:
        time.sleep(2)
    return x * 100


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        it = pool.imap(slow_at_one, [0, 1, 2])
        print(it.next(timeout=30))
        try:
            it.next(timeout=0.2)
        except mp.TimeoutError as e:
            print("TimeoutError", repr(str(e)))
        print(it.next(timeout=30), it.next(timeout=30))
        try:
            it.next(timeout=30)
        except StopIteration:
            print("StopIteration")
