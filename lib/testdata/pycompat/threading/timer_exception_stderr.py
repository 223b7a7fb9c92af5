import threading

# pycompat: stderr

def fire():
    raise ZeroDivisionError("division by zero")

t = threading.Timer(0.01, fire)
t.start()
t.join()
print("after timer", t.is_alive())
