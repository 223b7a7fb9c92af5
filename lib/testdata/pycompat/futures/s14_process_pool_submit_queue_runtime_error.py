import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def put(q, v):
    q.put(v)
    return v


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(put, multiprocessing.Queue(), 1)
        try:
            f.result(timeout=20)
        except RuntimeError as e:
            print("RuntimeError:", e)
        print(f.done(), type(f.exception()).__name__)
        with multiprocessing.Manager() as m:
            q = m.Queue()
            print(ex.submit(put, q, 2).result(timeout=20), q.get())
