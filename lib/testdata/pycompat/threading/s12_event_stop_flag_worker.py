import threading, time
stop = threading.Event()
ticks = 0
def worker():
    global ticks
    while not stop.is_set():
        ticks += 1
        stop.wait(0.005)
    print("worker saw stop:", stop.is_set())
t = threading.Thread(target=worker)
t.start()
time.sleep(0.05)
stop.set()
t.join()
print(ticks > 0, t.is_alive())
