import threading

cond = threading.Condition()
calls = []

def pred():
    calls.append(1)
    return False

with cond:
    r = cond.wait_for(pred, timeout=0.05)
print(r, len(calls) >= 2)
calls.clear()
with cond:
    r = cond.wait_for(lambda: calls.append(1) or 7, timeout=5)
print(r, len(calls))
with cond:
    r = cond.wait_for(lambda: 0, timeout=0)
print(r)
