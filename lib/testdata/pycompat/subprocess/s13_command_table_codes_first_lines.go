package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	cmds := [][]string{{"echo", "hello", "world"}, {"sh", "-c", "echo a; echo b; exit 3"}, {"ls", "/nonexistent-dir-xyz"}, {"true"}, {"sh", "-c", "echo to-err >&2"}}
	for _, cmd := range cmds {
		r, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
		first := ""
		if lines := strings.Split(strings.TrimRight(string(r.Stdout), "\n"), "\n"); len(r.Stdout) > 0 {
			first = lines[0]
		}
		joined := strings.Join(cmd, " ")
		q := "'" + joined + "'"
		if strings.Contains(joined, "'") {
			q = `"` + joined + `"`
		}
		errs := "False"
		if len(r.Stderr) > 0 {
			errs = "True"
		}
		fmt.Printf("%-45s rc=%d out='%s' err=%s\n", q, r.Returncode, first, errs)
	}
}
