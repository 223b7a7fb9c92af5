# pycompat: stderr
import threading

caught = []
threading.excepthook = lambda args: caught.append(str(args.exc_value))
t = threading.Thread(target=lambda: 1 / 0, name="hooked")
t.start()
t.join()
print("custom hook saw:", caught)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=lambda: {}["k"], name="default")
t.start()
t.join()
print("default hook printed to stderr")
