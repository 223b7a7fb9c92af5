import queue
import threading

stage1, stage2, out = queue.Queue(), queue.Queue(), queue.Queue()
STOP = None


def double():
    while (x := stage1.get()) is not STOP:
        stage2.put(x * 2)
    stage2.put(STOP)


def plus_one():
    while (x := stage2.get()) is not STOP:
        out.put(x + 1)
    out.put(STOP)


ts = [threading.Thread(target=double), threading.Thread(target=plus_one)]
for t in ts:
    t.start()
for i in range(6):
    stage1.put(i)
stage1.put(STOP)
result = []
while (x := out.get()) is not STOP:
    result.append(x)
for t in ts:
    t.join()
print(result)
print([q.qsize() for q in (stage1, stage2, out)])
