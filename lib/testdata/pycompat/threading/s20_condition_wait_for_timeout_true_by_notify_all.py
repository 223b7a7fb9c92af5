import threading
import time

c = threading.Condition(threading.Lock())
state = {"n": 0}
calls = [0]

def pred():
    calls[0] += 1
    return state["n"] >= 3

def bump():
    for _ in range(3):
        time.sleep(0.02)
        with c:
            state["n"] += 1
            c.notify_all()

t = threading.Thread(target=bump)
with c:
    t.start()
    r = c.wait_for(pred, timeout=30)
    print(r, state["n"], calls[0] >= 2)
t.join()
with c:
    print(c.wait_for(pred, timeout=0), c.wait_for(lambda: False, timeout=0.01))
