import threading

fired = []
t = threading.Timer(30, fired.append, args=("late",))
t.start()
print(t.is_alive())
t.cancel()
t.join(30)
print(t.is_alive(), fired)
t.cancel()
print("cancel twice ok")
