package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2; exit 4"}, subprocess.Options{CaptureOutput: true, Text: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println("CalledProcessError", e.Returncode, pyStrs(e.Cmd))
		fmt.Println(pyRepr(e.Output), pyRepr(e.Output), pyRepr(e.Stderr), "True")
		fmt.Println(e)
		fmt.Printf("CalledProcessError(%d, %s)\n", e.Returncode, pyStrs(e.Cmd))
	}
}

func pyStrs(xs []string) string {
	var q []string
	for _, x := range xs {
		q = append(q, "'"+x+"'")
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func pyRepr(b []byte) string {
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}
