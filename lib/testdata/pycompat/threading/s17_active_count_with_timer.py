import threading

t = threading.Timer(30, lambda: None)
print(threading.active_count())
t.start()
print(threading.active_count(), t in threading.enumerate(), t.daemon)
t.cancel()
t.join()
print(threading.active_count(), t in threading.enumerate())
