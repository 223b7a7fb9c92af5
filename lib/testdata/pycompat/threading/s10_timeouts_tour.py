import threading, queue
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

lock = threading.Lock(); lock.acquire()
print("Lock.acquire", lock.acquire(timeout=0.01))
print("Event.wait", threading.Event().wait(0.01))
c = threading.Condition()
with c:
    print("Condition.wait", c.wait(0.01))
    print("Condition.wait_for", c.wait_for(lambda: False, timeout=0.01))
print("Semaphore.acquire", threading.Semaphore(0).acquire(timeout=0.01))
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("Barrier.wait", type(e).__name__)
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty as e:
    print("Queue.get", type(e).__name__)
q = queue.Queue(1); q.put(0)
try:
    q.put(1, timeout=0.01)
except queue.Full as e:
    print("Queue.put", type(e).__name__)
gate = threading.Event()
t = threading.Thread(target=gate.wait); t.start()
print("Thread.join", t.join(0.01), t.is_alive())
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.01)
    except TimeoutError as e:
        print("Future.result", type(e).__name__)
    try:
        for _ in as_completed([f], timeout=0.01):
            pass
    except TimeoutError as e:
        print("as_completed", e)
    gate.set()
t.join()
lock.release()
