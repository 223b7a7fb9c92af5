import queue
import threading

raw = queue.Queue()
squared = queue.Queue(maxsize=2)
out = []


def square_stage():
    while True:
        x = raw.get()
        if x is None:
            squared.put(None)
            break
        squared.put(x * x)


def sum_stage():
    total = 0
    while True:
        x = squared.get()
        if x is None:
            break
        total += x
        out.append(total)


stages = [threading.Thread(target=square_stage, name="square"), threading.Thread(target=sum_stage, name="sum")]
for t in stages:
    t.start()
for i in range(1, 8):
    raw.put(i)
raw.put(None)
for t in stages:
    t.join()
    print(t.name, "alive:", t.is_alive())
print("running totals:", out)
