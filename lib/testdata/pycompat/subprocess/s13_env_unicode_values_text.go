package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	env := []string{"GREETING=안녕하세요", "NAME=세계 world", "PATH=" + os.Getenv("PATH")}
	r, _ := subprocess.Run([]string{"sh", "-c", `echo "$GREETING, $NAME"; printf %s "$GREETING" | wc -c`}, subprocess.Options{Env: env, CaptureOutput: true, Text: true})
	out := string(r.Stdout)
	f := strings.Fields(out)
	fmt.Println(strings.Split(out, "\n")[0], f[len(f)-1], r.Returncode)
	fmt.Println(r)
}
