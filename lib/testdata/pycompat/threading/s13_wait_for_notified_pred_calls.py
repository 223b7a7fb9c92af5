import threading, time, re

c = threading.Condition()
ready = False
calls = 0

def pred():
    global calls
    calls += 1
    return ready

def waiting():
    return int(re.search(r", (\d+)\)>$", repr(c)).group(1))

def setter():
    global ready
    while True:
        with c:
            if waiting() == 1:
                ready = True
                c.notify()
                return
        time.sleep(0.01)

for timeout in (None, 10):
    ready = False
    calls = 0
    t = threading.Thread(target=setter)
    with c:
        t.start()
        r = c.wait_for(pred, timeout)
    t.join()
    print("timeout", timeout, "result", r, "predicate calls", calls)
