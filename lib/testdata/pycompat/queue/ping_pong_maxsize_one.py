import queue
import threading

ping = queue.Queue(1)
pong = queue.Queue(1)
log = []

def player():
    while True:
        n = ping.get()
        if n is None:
            break
        pong.put(n + 1)

t = threading.Thread(target=player)
t.start()
n = 0
for _ in range(5):
    ping.put(n)
    n = pong.get() + 1
    log.append(n)
ping.put(None)
t.join()
print(log, ping.empty(), pong.empty())
