import threading

r = threading.RLock()
r.acquire()
result = []

def other():
    try:
        r.release()
    except RuntimeError as e:
        result.append("RuntimeError: " + str(e))
    result.append(r.acquire(blocking=False))

t = threading.Thread(target=other)
t.start()
t.join()
print(result)
r.release()
t2 = threading.Thread(target=lambda: result.append(r.acquire(blocking=False)))
t2.start()
t2.join()
print(result)
