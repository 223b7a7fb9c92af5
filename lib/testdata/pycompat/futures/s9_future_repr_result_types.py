from concurrent.futures import ThreadPoolExecutor
import re

with ThreadPoolExecutor(max_workers=1) as ex:
    for v in (1, "s", 2.5, True, None, {"a": 1}, [1, 2]):
        f = ex.submit(lambda v=v: v)
        f.result()
        print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))
