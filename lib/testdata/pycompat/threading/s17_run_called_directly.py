import threading

names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name), name="never-started")
t.run()
print(names, t.is_alive(), t.ident)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
