import queue
import threading

q = queue.Queue()
timeouts = [0]
got = []

def consumer():
    while True:
        try:
            item = q.get(timeout=0.02)
        except queue.Empty:
            timeouts[0] += 1
            continue
        if item is None:
            break
        got.append(item)

t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    q.put(i)
threading.Event().wait(0.1)
q.put(None)
t.join()
print(got, timeouts[0] >= 2, q.empty())
