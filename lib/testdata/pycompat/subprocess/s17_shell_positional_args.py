import subprocess

print(subprocess.run(["echo $0 $1", "zero", "one"], shell=True, capture_output=True, text=True))
print(subprocess.run('echo "$#"; exit 300', shell=True, capture_output=True, text=True).returncode)
print(subprocess.run(["sh", "-c", "exit 256"]).returncode)
