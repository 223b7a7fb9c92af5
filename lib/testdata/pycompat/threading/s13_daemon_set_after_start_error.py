import threading

go = threading.Event()
t = threading.Thread(target=go.wait, name="w")
t.daemon = True
t.daemon = False
print("before start:", t.daemon)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print("still:", t.daemon)
go.set()
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("after join:", type(e).__name__ + ":", e)
