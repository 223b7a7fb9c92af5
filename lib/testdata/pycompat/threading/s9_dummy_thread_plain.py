import _thread, threading, re

out = []
done = threading.Event()

def f():
    t = threading.current_thread()
    out.append((t.name, t.daemon, t.is_alive(), re.sub(r"daemon \d+", "daemon N", repr(t))))
    done.set()

def noop():
    pass

a = threading.Thread(target=noop)
a.start()
a.join()
_thread.start_new_thread(f, ())
done.wait()
print(out)
print(a.name)
