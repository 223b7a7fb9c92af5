import threading

t = threading.Timer(10, print)
t.daemon = True
print(t.daemon, t.is_alive())
t.start()
print(t.is_alive(), t in threading.enumerate())
t.cancel()
t.join()
print(t.is_alive(), threading.active_count())
u = threading.Thread(target=print, args=("inside",), daemon=True)
u.start()
u.join()
print(u.daemon, u.is_alive())
