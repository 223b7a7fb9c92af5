package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo to-out; echo warn1 >&2; echo warn2 >&2; exit 2"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.PIPE, Text: true})
	lines := strings.Split(strings.TrimRight(string(r.Stderr), "\n"), "\n")
	out := "None"
	if r.Stdout != nil {
		out = string(r.Stdout)
	}
	fmt.Println(r.Returncode, out, "['"+strings.Join(lines, "', '")+"']")
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"ls", "/definitely/not/here/s20"}, subprocess.Options{Stderr: subprocess.PIPE, Stdout: subprocess.PIPE})
	fmt.Println(pb(r.Returncode != 0), "b'"+string(r.Stdout)+"'", pb(bytes.Contains(r.Stderr, []byte("s20"))))
}
