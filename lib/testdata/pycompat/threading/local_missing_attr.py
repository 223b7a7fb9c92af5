import threading

data = threading.local()
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
data.n = 1
print(hasattr(data, "n"), hasattr(data, "m"))
del data.n
print(hasattr(data, "n"))
try:
    del data.n
except AttributeError as e:
    print("AttributeError:", e)
