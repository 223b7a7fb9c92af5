import threading

def fail():
    raise ValueError("thread failed")
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("main continues", t.is_alive())
# pycompat: stderr
