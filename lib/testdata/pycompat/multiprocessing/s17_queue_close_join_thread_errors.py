import re
import multiprocessing as mp


def show(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ":", re.sub(r" at 0x[0-9a-f]+", "", str(e)))


if __name__ == "__main__":
    q = mp.Queue()
    show(q.join_thread)
    q.put(1)
    print(q.get())
    q.close()
    show(lambda: q.put(2))
    show(q.get_nowait)
    show(q.get)
    show(lambda: q.get(timeout=1))
    show(q.close)
    show(q.join_thread)
