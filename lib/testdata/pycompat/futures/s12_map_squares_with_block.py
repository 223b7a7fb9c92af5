from concurrent.futures import ThreadPoolExecutor

def square(n):
    return n * n

with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(square, range(10)))
print(results, sum(results))
with ThreadPoolExecutor() as ex:
    print(list(ex.map(str.upper, ["a", "b"])), list(ex.map(square, [])))
