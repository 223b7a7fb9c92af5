import queue
import threading

to_b, to_a = queue.Queue(), queue.Queue()
log = []


def player_b():
    while True:
        n = to_b.get()
        if n is None:
            return
        to_a.put(n + 1)


t = threading.Thread(target=player_b)
t.start()
n = 0
for _ in range(5):
    to_b.put(n)
    n = to_a.get() + 1
    log.append(n)
to_b.put(None)
t.join()
print(log, to_a.empty(), to_b.empty())
