import threading

# pycompat: stderr

def alarm(msg):
    raise KeyError(msg)

t = threading.Timer(0.01, alarm, args=("late",))
t.start()
t.join()
print("alive:", t.is_alive())
