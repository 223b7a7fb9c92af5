import subprocess

for cmd in (["sh", "-c", "echo partial; kill -9 $$"], ["sh", "-c", "kill -15 $$"], ["sh", "-c", "echo out; echo err >&2; exit 4"]):
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as e:
        print(e)
        print(" returncode=%r output=%r stdout=%r stderr=%r" % (e.returncode, e.output, e.stdout, e.stderr))
try:
    subprocess.check_call("exit 2", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.cmd, e.output)
cp = subprocess.run(["false"])
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e, e.stdout)
