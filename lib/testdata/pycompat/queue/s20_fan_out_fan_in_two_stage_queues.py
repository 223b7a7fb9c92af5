import queue
import threading

stage1, stage2 = queue.Queue(), queue.Queue()
results = []
lock = threading.Lock()

def parse():
    while (item := stage1.get()) is not None:
        stage2.put(int(item))
    stage2.put(None)

def square():
    while (n := stage2.get()) is not None:
        with lock:
            results.append(n * n)

parsers = [threading.Thread(target=parse) for _ in range(2)]
squarers = [threading.Thread(target=square) for _ in range(2)]
for t in parsers + squarers:
    t.start()
for s in ["3", "1", "4", "1", "5", "9"]:
    stage1.put(s)
for _ in parsers:
    stage1.put(None)
for t in parsers + squarers:
    t.join()
print(sorted(results), stage1.qsize(), stage2.qsize())
