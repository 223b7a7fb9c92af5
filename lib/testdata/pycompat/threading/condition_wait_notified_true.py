import threading

cond = threading.Condition()
ready = False

def setter():
    global ready
    with cond:
        ready = True
        cond.notify()

with cond:
    t = threading.Thread(target=setter)
    t.start()
    r = cond.wait(timeout=10)
    print("wait returned", r, "ready", ready)
t.join()
