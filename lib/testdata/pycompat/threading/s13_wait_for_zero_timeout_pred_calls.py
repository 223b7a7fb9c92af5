import threading

c = threading.Condition()
calls = []

def pred():
    calls.append(len(calls))
    return False

with c:
    for t in (0, -1, 0.05):
        calls.clear()
        r = c.wait_for(pred, timeout=t)
        print("timeout", t, "result", r, "predicate calls", len(calls))
    calls.clear()
    print("true at once", c.wait_for(lambda: calls.append(1) or True, timeout=0), len(calls))
