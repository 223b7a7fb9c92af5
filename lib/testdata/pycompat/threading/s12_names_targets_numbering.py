import threading

def fetch():
    pass

def parse(x):
    pass

ts = []
ts.append(threading.Thread(target=fetch))
ts.append(threading.Thread(target=parse, args=(1,), name="P"))
ts.append(threading.Thread(target=parse, args=(2,)))
ts.append(threading.Timer(0.5, fetch))
ts.append(threading.Thread())
ts.append(threading.Thread(target=fetch))
for t in ts:
    print(t.name)
t = ts[0]
t.start()
t.join()
print(t.name, t.is_alive())
