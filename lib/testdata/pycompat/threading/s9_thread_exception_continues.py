import threading

threading.excepthook = lambda args: print("hook:", args.exc_value)

def bad():
    raise ValueError("oops")

t = threading.Thread(target=bad)
t.start()
t.join()
print("main continues", t.is_alive())
