import threading

t = threading.Thread(target=lambda: None, name="once")
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive(), t.name)
