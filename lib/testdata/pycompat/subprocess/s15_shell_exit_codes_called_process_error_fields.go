package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	for _, cmd := range []string{"exit 3", "echo out; echo err >&2; exit 5", "false", "true"} {
		r, err := subprocess.Run([]string{cmd}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true, Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e)
			fmt.Println(" ", e.Returncode, "'"+e.Cmd[0]+"'", repr(e.Output), repr(e.Stderr), "True")
			continue
		}
		fmt.Println("ok", r.Returncode, repr(r.Stdout))
	}
	r, _ := subprocess.Run([]string{"exit 3"}, subprocess.Options{Shell: true})
	fmt.Println(r.Returncode, r)
}
