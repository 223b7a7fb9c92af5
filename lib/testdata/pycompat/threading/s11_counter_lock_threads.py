import threading

counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(1000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print(all(not t.is_alive() for t in threads), threading.active_count())
