import threading

def worker():
    pass

t1 = threading.Thread(target=worker)
t2 = threading.Thread(target=lambda: None)
t3 = threading.Thread(target=worker, name="custom")
t4 = threading.Thread(target=worker)
for t in (t1, t2, t3, t4):
    t.start()
    t.join()
    print(t.name)
print(threading.current_thread().name)
print(threading.main_thread().name)
