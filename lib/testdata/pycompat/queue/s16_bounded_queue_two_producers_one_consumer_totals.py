import queue
import threading

q = queue.Queue(maxsize=2)


def producer(base):
    for i in range(5):
        q.put(base + i)


ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
for p in ps:
    p.start()
got = [q.get() for _ in range(10)]
for p in ps:
    p.join()
print(sorted(got))
print("each producer in order:", [x for x in got if x < 100] == sorted(x for x in got if x < 100), [x for x in got if x >= 100] == sorted(x for x in got if x >= 100))
print(q.qsize(), q.empty())
