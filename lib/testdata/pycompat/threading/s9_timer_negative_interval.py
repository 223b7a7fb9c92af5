import threading

t = threading.Timer(-1, lambda: print("fired at once"))
t.start()
t.join()
print(t.is_alive())
