from concurrent.futures import ProcessPoolExecutor, as_completed, wait

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = {ex.submit(fact, n): n for n in range(1, 8)}
        out = sorted((fs[f], f.result()) for f in as_completed(fs))
        done, not_done = wait(list(fs))
    print(out)
    print(len(done), len(not_done))
