import re
import multiprocessing as mp


def show(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ":", re.sub(r" at 0x[0-9a-f]+", "", str(e)))


if __name__ == "__main__":
    q = mp.JoinableQueue()
    show(q.join_thread)
    q.put("x")
    show(q.get)
    show(q.task_done)
    show(q.task_done)
    show(q.join)
    q.close()
    show(lambda: q.put(1))
    show(q.get_nowait)
    show(q.join_thread)
