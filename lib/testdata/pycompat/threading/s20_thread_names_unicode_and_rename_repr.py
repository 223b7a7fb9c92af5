import re
import threading

t = threading.Thread(target=lambda: None, name="작업자-1")
print(t.name, re.sub(r"\d+\)>", "N)>", repr(t)))
t.name = "wörker ✓"
t.start()
t.join()
print(t.name, re.sub(r" \d+\)>", " N)>", repr(t)))
