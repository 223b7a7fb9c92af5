import threading

out = []

def worker():
    out.append(threading.current_thread().name)

for i in range(3):
    t = threading.Thread(target=worker)
    t.start()
    t.join()
t = threading.Thread(target=worker, name="custom")
t.start()
t.join()
print(out)
