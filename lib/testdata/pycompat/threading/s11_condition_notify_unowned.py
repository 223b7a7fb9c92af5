import threading

cond = threading.Condition()
for call in (cond.notify, cond.notify_all, cond.wait):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    cond.wait_for(lambda: True)
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    cond.notify()
    cond.notify_all()
    print("notified with the lock held", cond.wait(0))
