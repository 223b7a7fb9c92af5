import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    out_path = os.path.join(d, "out.txt")
    with open(out_path, "w") as f:
        r = subprocess.run(["printf", "c\\nb\\na\\n"], stdout=f)
    print(r.returncode, r.stdout)
    with open(out_path) as f:
        r = subprocess.run(["sort"], stdin=f, capture_output=True, text=True)
    print(r.stdout.split())
    with open(out_path, "a") as f:
        subprocess.run(["sh", "-c", "echo err-line >&2"], stderr=f)
    with open(out_path) as f:
        print(f.read().split())
