import threading

out = []

def worker():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))

t = threading.Thread(target=worker)
t.start()
t.join()
print(out[0])
