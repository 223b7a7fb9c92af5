import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "b.txt"), "w").close()
    open(os.path.join(d, "a.txt"), "w").close()
    r = subprocess.run("ls; echo $GREETING-$MISSING.", shell=True, cwd=d, capture_output=True, text=True,
                       env={"GREETING": "hi", "PATH": os.environ["PATH"]})
    print(r.stdout.split())
    r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(d))
