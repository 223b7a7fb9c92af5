import queue
import threading

stage1, stage2 = queue.Queue(), queue.Queue()
results = []


def upper():
    while (w := stage1.get()) is not None:
        stage2.put(w.upper())
    stage2.put(None)


def measure():
    while (w := stage2.get()) is not None:
        results.append((w, len(w)))


ts = [threading.Thread(target=upper), threading.Thread(target=measure)]
for t in ts:
    t.start()
for w in ["queue", "lifo", "thread", "go"]:
    stage1.put(w)
stage1.put(None)
for t in ts:
    t.join()
print(results)
