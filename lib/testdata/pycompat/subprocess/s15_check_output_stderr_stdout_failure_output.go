package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo one; echo two >&2; exit 4"},
		subprocess.Options{Stderr: subprocess.STDOUT, Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		st := "None"
		if e.Stderr != nil {
			st = string(e.Stderr)
		}
		fmt.Println(e.Returncode, "['"+strings.Join(strings.Fields(string(e.Output)), "', '")+"']", st)
	}
	out, _ := subprocess.CheckOutput([]string{"echo a; echo b >&2"}, subprocess.Options{Shell: true, Stderr: subprocess.STDOUT})
	fmt.Printf("b'%s'\n", strings.ReplaceAll(string(out), "\n", `\n`))
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", `printf 'x\ny'`}, subprocess.Options{Text: true})
	fmt.Println("['" + strings.Join(strings.Split(string(out), "\n"), "', '") + "']")
	_, err = subprocess.CheckOutput([]string{"sh", "-c", "echo partial; kill -TERM $$"})
	if errors.As(err, &e) {
		fmt.Printf("%v b'%s'\n", e, strings.ReplaceAll(string(e.Output), "\n", `\n`))
	}
}
