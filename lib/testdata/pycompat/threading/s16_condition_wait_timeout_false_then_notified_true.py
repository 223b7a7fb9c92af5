import threading

cond = threading.Condition()
with cond:
    print("nobody notifies:", cond.wait(0.2))
results = []
waiting = threading.Event()


def waiter():
    with cond:
        waiting.set()
        results.append(cond.wait(30))


t = threading.Thread(target=waiter)
t.start()
waiting.wait()
with cond:
    cond.notify()
t.join()
print("notified:", results)
