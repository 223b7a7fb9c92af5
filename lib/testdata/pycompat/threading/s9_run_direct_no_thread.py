import threading

def worker():
    print("in", threading.current_thread().name)

t = threading.Thread(target=worker, name="never")
t.run()
print(t.is_alive(), t.ident)
