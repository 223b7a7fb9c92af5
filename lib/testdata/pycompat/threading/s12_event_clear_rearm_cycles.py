import threading

ev = threading.Event()
log = []
done = threading.Event()
def waiter():
    for i in range(3):
        ev.wait()
        log.append(f"round {i}")
        ev.clear()
        done.set()
t = threading.Thread(target=waiter)
t.start()
for i in range(3):
    done.clear()
    ev.set()
    done.wait()
t.join()
print(log, ev.is_set(), done.is_set())
print(ev.wait(timeout=0.01), ev.wait(0))
