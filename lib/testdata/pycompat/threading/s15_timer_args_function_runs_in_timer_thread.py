import threading

out = []


def greet(who, punct="!"):
    t = threading.current_thread()
    out.append((f"hello {who}{punct}", t.name, isinstance(t, threading.Timer)))


t = threading.Timer(0.01, greet, args=("go",), kwargs={"punct": "?"})
print(t.name, t.daemon, t.is_alive())
t.start()
t.join()
print(out, t.is_alive())
