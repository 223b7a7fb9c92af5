from concurrent.futures import ThreadPoolExecutor

# pycompat: stderr

def boom():
    raise RuntimeError("nobody looks")

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(boom) for _ in range(3)]
print("done", [f.done() for f in fs])
