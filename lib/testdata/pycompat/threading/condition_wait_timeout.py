import threading

cond = threading.Condition()
with cond:
    print(cond.wait(timeout=0.05))
    print(cond.wait_for(lambda: False, timeout=0.05))
    print(cond.wait_for(lambda: True))
    print(cond.wait_for(lambda: False, timeout=0.01))
