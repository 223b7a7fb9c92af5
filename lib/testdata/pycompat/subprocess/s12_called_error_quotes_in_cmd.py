import subprocess
for cmd, shell in ((["sh", "-c", "exit 2", "it's"], False), ("false 'x'", True), (["grep", "-q", "don't", "/dev/null"], False)):
    try:
        subprocess.run(cmd, shell=shell, check=True)
    except subprocess.CalledProcessError as e:
        print(e)
        print(repr(e.cmd) if shell else e.cmd)
