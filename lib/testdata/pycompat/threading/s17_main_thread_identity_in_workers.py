import threading

out = []

def w():
    me = threading.current_thread()
    out.append((me is threading.main_thread(), me.is_alive(), me in threading.enumerate(), threading.main_thread().is_alive()))

print(threading.current_thread() is threading.main_thread(), threading.main_thread().name, threading.main_thread().daemon)
t = threading.Thread(target=w)
t.start()
t.join()
print(out)
