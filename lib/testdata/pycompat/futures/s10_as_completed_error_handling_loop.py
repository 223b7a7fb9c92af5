from concurrent.futures import ThreadPoolExecutor, as_completed

def parse(s):
    return int(s)

inputs = ["1", "x", "3", "", "5"]
ok, bad = [], []
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(parse, s): s for s in inputs}
    for f in as_completed(futs):
        try:
            ok.append(f.result())
        except ValueError as e:
            bad.append(str(e))
print(sorted(ok), sorted(bad))
