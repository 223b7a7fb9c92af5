package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "i=0; while [ $i -lt 20000 ]; do echo line$i >&2; i=$((i+1)); done; echo ok"}, subprocess.Options{CaptureOutput: true, Text: true})
	lines := strings.Split(strings.TrimSuffix(string(r.Stderr), "\n"), "\n")
	fmt.Println(len(lines), lines[0], lines[len(lines)-1], "'"+strings.ReplaceAll(string(r.Stdout), "\n", "\\n")+"'", r.Returncode)
}
