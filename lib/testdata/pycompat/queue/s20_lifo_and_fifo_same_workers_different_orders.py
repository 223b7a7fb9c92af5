import queue
import threading

def run(q):
    for i in range(5):
        q.put(i)
    out = []
    def worker():
        while True:
            try:
                out.append(q.get_nowait())
            except queue.Empty:
                return
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    return out

print(run(queue.Queue()), run(queue.LifoQueue()), run(queue.PriorityQueue()))
