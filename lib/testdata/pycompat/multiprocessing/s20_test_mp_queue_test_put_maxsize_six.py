# After CPython's Lib/test/_test_multiprocessing.py _TestQueue.test_put.
import multiprocessing as mp
import queue


def child(q, ev):
    ev.wait(30)
    for _ in range(6):
        q.get()


if __name__ == "__main__":
    MAXSIZE = 6
    q = mp.Queue(maxsize=MAXSIZE)
    ev = mp.Event()
    p = mp.Process(target=child, args=(q, ev))
    p.start()
    q.put(1)
    q.put(2, True)
    q.put(3, True, None)
    q.put(4, False)
    q.put(5, False, None)
    q.put_nowait(6)
    print(q.full(), q.qsize())
    for call in (lambda: q.put(7, False), lambda: q.put(7, False, None), lambda: q.put_nowait(7), lambda: q.put(7, True, 0.1), lambda: q.put(7, timeout=0.1)):
        try:
            call()
        except queue.Full:
            print("Full")
    ev.set()
    p.join()
    print(q.empty(), q.full(), p.exitcode)
