import threading

t = threading.Thread(target=lambda: None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.main_thread().start()
except RuntimeError as e:
    print("RuntimeError:", e)
