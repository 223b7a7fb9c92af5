from concurrent.futures import ThreadPoolExecutor, as_completed


def parse(s):
    return int(s)


inputs = ["1", "x", "3", "", "5"]
ok, bad = {}, {}
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = {ex.submit(parse, s): s for s in inputs}
    for f in as_completed(fs):
        s = fs[f]
        try:
            ok[s] = f.result()
        except ValueError as e:
            bad[s] = str(e)
print(sorted(ok.items()))
print(sorted(bad.items()))
