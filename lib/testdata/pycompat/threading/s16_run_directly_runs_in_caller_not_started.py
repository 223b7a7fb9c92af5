import threading

calls = []


def work(tag):
    calls.append((tag, threading.current_thread().name))


t = threading.Thread(target=work, args=("x",), name="never-started")
t.run()
print(calls, "alive:", t.is_alive(), "ident:", t.ident, "native:", t.native_id)
try:
    t.join()
except RuntimeError as e:
    print("join:", e)
print(repr(t))
