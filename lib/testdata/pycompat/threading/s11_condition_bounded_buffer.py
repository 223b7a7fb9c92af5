import threading

buf, cap = [], 2
cond = threading.Condition()
consumed = []
def producer():
    for i in range(6):
        with cond:
            cond.wait_for(lambda: len(buf) < cap)
            buf.append(i)
            cond.notify_all()
def consumer():
    for _ in range(6):
        with cond:
            cond.wait_for(lambda: buf)
            consumed.append(buf.pop(0))
            cond.notify_all()
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(consumed, buf)
