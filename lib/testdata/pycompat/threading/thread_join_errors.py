import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)

def selfjoin():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)

t2 = threading.Thread(target=selfjoin)
t2.start()
t2.join()
