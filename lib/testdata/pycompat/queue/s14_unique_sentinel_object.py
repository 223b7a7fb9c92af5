import queue
import threading

DONE = object()
q = queue.Queue()
seen = []


def consumer():
    while True:
        item = q.get()
        if item is DONE:
            break
        seen.append(item)


t = threading.Thread(target=consumer)
t.start()
for item in (0, None, "", False, [], "last"):
    q.put(item)
q.put(DONE)
t.join()
print(seen, len(seen))
