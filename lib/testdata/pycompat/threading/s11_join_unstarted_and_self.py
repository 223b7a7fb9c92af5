import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive(), t.ident)
def selfjoin():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
s = threading.Thread(target=selfjoin)
s.start()
s.join()
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
