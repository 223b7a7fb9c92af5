from concurrent.futures import ThreadPoolExecutor

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in fs])
    print(all(f.done() for f in fs))
    print([f.exception() for f in fs])
