import re
import threading

c = threading.Condition()
with c:
    print(c.wait(0))
    print(c.wait(-1))
    print(re.sub(r"owner=\d+", "owner=N", re.sub(r" object| at 0x[0-9a-f]+", "", repr(c._lock))))
    with c:
        print(c.wait(0.01))
        print(re.sub(r"owner=\d+", "owner=N", re.sub(r" object| at 0x[0-9a-f]+", "", repr(c._lock))))
print(re.sub(r" object| at 0x[0-9a-f]+", "", repr(c._lock)))
