import multiprocessing
import time

def slow(x):
    time.sleep(1)
    return x * 2

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(slow, (21,))
        try:
            r.get(timeout=0.01)
        except multiprocessing.TimeoutError as e:
            print("TimeoutError", repr(str(e)))
        print(r.ready())
        print(r.get(timeout=30), r.ready(), r.successful())
        m = pool.map_async(slow, [1, 2])
        print(m.get(timeout=30))
