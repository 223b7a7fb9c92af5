import threading, time, re

c = threading.Condition()
woken = []
def waiter(i):
    with c:
        r = c.wait(timeout=5)
        woken.append((i, r))

def waiting():
    return int(re.search(r", (\d+)\)>$", repr(c)).group(1))

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
while True:
    with c:
        if waiting() == 3:
            break
    time.sleep(0.01)
with c:
    c.notify(2)
    print("notify(2) leaves", waiting(), "waiting")
    c.notify(10)
    print("notify(10) leaves", waiting(), "waiting")
    c.notify(10)
    c.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
