import threading

e = threading.Event()
results = []

def waiter():
    results.append(e.wait(0.02))
    results.append(e.wait(5))

t = threading.Thread(target=waiter)
t.start()
while len(results) < 1:
    pass
e.set()
t.join()
print(results)
