import threading

cond = threading.Condition()
for f in (cond.wait, cond.notify, cond.notify_all):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
