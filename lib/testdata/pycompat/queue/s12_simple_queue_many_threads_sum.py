import queue, threading
sq = queue.SimpleQueue()
def work(k):
    for i in range(100):
        sq.put(k * 1000 + i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
total = 0
n = sq.qsize()
while not sq.empty():
    total += sq.get()
print(n, total, sq.qsize())
