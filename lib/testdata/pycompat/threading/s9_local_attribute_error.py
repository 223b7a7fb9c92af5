import threading

data = threading.local()
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError:", e)
