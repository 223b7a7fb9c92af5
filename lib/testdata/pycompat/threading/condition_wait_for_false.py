import threading

cond = threading.Condition()
calls = 0

def pred():
    global calls
    calls += 1
    return False

with cond:
    r = cond.wait_for(pred, timeout=0.05)
print(r, calls >= 2)
with cond:
    print(cond.wait_for(lambda: True, timeout=0))
