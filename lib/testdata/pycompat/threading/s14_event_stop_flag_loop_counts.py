import threading

stop = threading.Event()
ticks = threading.Semaphore(0)
count = 0


def worker():
    global count
    while not stop.is_set():
        count += 1
        ticks.release()
        if count == 5:
            stop.wait()


t = threading.Thread(target=worker, daemon=True)
t.start()
for _ in range(5):
    ticks.acquire()
print("ticks seen:", 5, "flag:", stop.is_set(), "alive:", t.is_alive())
stop.set()
t.join()
print("count:", count, "alive:", t.is_alive(), "daemon:", t.daemon)
