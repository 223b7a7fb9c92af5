import threading

e = threading.Event()
ticks = []

def poller():
    n = 0
    while not e.wait(0.02):
        n += 1
    ticks.append(n)

t = threading.Thread(target=poller)
t.start()
threading.Timer(0.15, e.set).start()
t.join()
print(ticks[0] >= 3, e.is_set(), e.wait(0))
