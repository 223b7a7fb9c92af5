# pycompat: stderr
import threading


def bad():
    raise ZeroDivisionError("division by zero")


t = threading.Thread(target=bad, name="calc")
t.start()
t.join()
print("alive after failure:", t.is_alive())
t2 = threading.Thread(target=lambda: [][1], name="index")
t2.start()
t2.join()
print("main goes on")
