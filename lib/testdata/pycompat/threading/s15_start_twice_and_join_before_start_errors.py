import threading

t = threading.Thread(target=lambda: None, name="x")
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
print(t.is_alive(), t.daemon)
