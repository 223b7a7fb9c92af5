from concurrent.futures import ProcessPoolExecutor

def job(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "zero":
        return 1 // 0
    return kind.upper()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(job, k) for k in ("ok", "value", "zero")]
        for f in fs:
            e = f.exception()
            print(type(e).__name__ if e else "ok", str(e) if e else f.result())
