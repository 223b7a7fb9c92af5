import multiprocessing, queue, threading

if __name__ == "__main__":
    c = multiprocessing.Condition()
    with c:
        print("condition", c.wait(-1))
    lock = multiprocessing.Lock()
    lock.acquire()
    print("lock", lock.acquire(timeout=-1))
    print("semaphore", multiprocessing.Semaphore(0).acquire(timeout=-5))
    print("event", multiprocessing.Event().wait(-1))
    try:
        multiprocessing.Queue().get(timeout=-1)
    except queue.Empty:
        print("queue Empty")
    b = multiprocessing.Barrier(2)
    try:
        b.wait(-1)
    except threading.BrokenBarrierError:
        print("barrier BrokenBarrierError", b.broken)
