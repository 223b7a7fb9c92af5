import threading

buf = []
CAP = 2
cond = threading.Condition()
log = []

def producer():
    for i in range(6):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP, timeout=30)
            buf.append(i)
            log.append(len(buf))
            cond.notify_all()

def consumer(out):
    for _ in range(3):
        with cond:
            cond.wait_for(lambda: buf, timeout=30)
            out.append(buf.pop(0))
            cond.notify_all()

a, b = [], []
ts = [threading.Thread(target=producer), threading.Thread(target=consumer, args=(a,)), threading.Thread(target=consumer, args=(b,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(a + b), max(log) <= CAP, buf, len(a), len(b))
