import threading

t = threading.Timer(30, print, args=("never",))
t.name = "alarm"
print([x.name for x in threading.enumerate()], threading.active_count())
t.start()
print([x.name for x in threading.enumerate()], threading.active_count(), t.is_alive())
t.cancel()
t.cancel()
t.join()
print([x.name for x in threading.enumerate()], threading.active_count(), t.is_alive())
t.cancel()
