import threading

try:
    threading.main_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread() is threading.main_thread())
