# After CPython's Lib/test/test_queue.py BaseQueueTestMixin.simple_queue_test.
import queue
import threading

QUEUE_SIZE = 5

def blocking(block_func, block_args, trigger_func, trigger_args):
    t = threading.Timer(0.05, trigger_func, trigger_args)
    t.start()
    r = block_func(*block_args)
    t.join()
    return r

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(QUEUE_SIZE)
    print(cls.__name__, q.qsize())
    q.put(111)
    q.put(333)
    q.put(222)
    print([q.get(), q.get(), q.get()])
    for i in range(QUEUE_SIZE - 1):
        q.put(i)
    print(q.qsize(), q.full())
    q.put(2 * QUEUE_SIZE)
    print(q.full(), q.empty())
    for call in (lambda: q.put(30, block=0), lambda: q.put(30, timeout=0.01)):
        try:
            call()
        except queue.Full:
            print("Full")
    print(blocking(q.put, (30,), q.get, ()), blocking(q.put, (30, True, 10), q.get, ()))
    print([q.get() for _ in range(QUEUE_SIZE)], q.qsize())
    for call in (lambda: q.get(block=0), lambda: q.get(timeout=0.01)):
        try:
            call()
        except queue.Empty:
            print("Empty")
    print(blocking(q.get, (), q.put, ("empty",)), blocking(q.get, (True, 10), q.put, ("empty",)))
