import multiprocessing
import time


def slow_double(x, delay):
    time.sleep(delay)
    return 2 * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(slow_double, (5, 0)))
        r = pool.apply_async(slow_double, (7, 3))
        try:
            r.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("TimeoutError", r.ready())
        print(r.get(timeout=30), r.ready(), r.successful())
