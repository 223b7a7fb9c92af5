import queue
import threading

q = queue.Queue()
done = threading.Event()
consumed = []


def consumer():
    while True:
        try:
            item = q.get(timeout=0.3)
        except queue.Empty:
            if done.is_set():
                break
            continue
        consumed.append(item)
        q.task_done()


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    q.put(i)
q.join()
done.set()
c.join()
print(consumed, q.qsize(), c.is_alive())
