import queue
import threading

sq = queue.SimpleQueue()


def producer(start):
    for i in range(start, start + 3):
        sq.put(i)
    sq.put(None)


threads = [threading.Thread(target=producer, args=(s,)) for s in (1, 100)]
for t in threads:
    t.start()
done = 0
total = 0
count = 0
while done < 2:
    item = sq.get()
    if item is None:
        done += 1
        continue
    total += item
    count += 1
for t in threads:
    t.join()
print("items:", count, "total:", total, "empty:", sq.empty(), "qsize:", sq.qsize())
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print("Empty after timeout")
