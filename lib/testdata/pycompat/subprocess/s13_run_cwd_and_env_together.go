package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", `pwd; echo "$FOO-$BAR"; env | grep -c '^FOO='`}, subprocess.Options{Cwd: "/",
		Env: []string{"FOO=foo", "BAR=bar", "PATH=" + os.Getenv("PATH")}, CaptureOutput: true, Text: true})
	fmt.Printf("'%s' %d\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`), r.Returncode)
	r, _ = subprocess.Run([]string{"echo $((6*7)) $0"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r)
}
