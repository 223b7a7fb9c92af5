# After CPython's Lib/test/test_queue.py queue_join_test and test_shrinking_queue.
import queue
import threading

cum = 0
cumlock = threading.Lock()

def worker(q):
    global cum
    while True:
        x = q.get()
        if x < 0:
            q.task_done()
            return
        with cumlock:
            cum += x
        q.task_done()

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    cum = 0
    q = cls()
    threads = [threading.Thread(target=worker, args=(q,)) for _ in (0, 1)]
    for t in threads:
        t.start()
    for i in range(100):
        q.put(i)
    q.join()
    print(cls.__name__, cum == sum(range(100)))
    for _ in (0, 1):
        q.put(-1)
    q.join()
    for t in threads:
        t.join()
    print(q.unfinished_tasks, q.qsize())
    s = cls(3)
    s.put(1)
    s.put(2)
    s.put(3)
    try:
        s.put_nowait(4)
    except queue.Full:
        print("Full 1")
    s.maxsize = 2
    try:
        s.put_nowait(4)
    except queue.Full:
        print("Full 2", s.qsize())
