import threading

out = []

def level(n):
    me = threading.current_thread()
    out.append((n, me.daemon))
    if n < 3:
        t = threading.Thread(target=level, args=(n + 1,))
        t.start()
        t.join()

d = threading.Thread(target=level, args=(1,), daemon=True)
d.start()
d.join()
nd = threading.Thread(target=level, args=(1,))
nd.start()
nd.join()
print(out)
