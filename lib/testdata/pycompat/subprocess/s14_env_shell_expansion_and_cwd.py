import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "b.txt"), "w").close()
    open(os.path.join(d, "a.txt"), "w").close()
    env = {"GREETING": "hello", "PATH": os.environ["PATH"]}
    r = subprocess.run('echo "$GREETING from $(basename $PWD | cut -c1-3)"; ls *.txt', shell=True,
                       cwd=d, env=env, capture_output=True, text=True)
    print(r.stdout.replace(os.path.basename(d)[:3], "XXX"), end="")
    r = subprocess.run(["sh", "-c", "echo ${MISSING:-unset}"], env={}, capture_output=True, text=True)
    print(r.stdout, end="")
