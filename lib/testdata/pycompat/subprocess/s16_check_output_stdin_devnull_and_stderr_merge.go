package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL})
	fmt.Printf("b'%s'\n", out)
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", "echo out; echo err 1>&2"}, subprocess.Options{Stderr: subprocess.STDOUT, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(out)), "', '") + "']")
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", "echo err 1>&2"}, subprocess.Options{Stderr: subprocess.DEVNULL})
	fmt.Printf("b'%s'\n", out)
	out, _ = subprocess.CheckOutput([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "bytes in"})
	fmt.Printf("b'%s'\n", out)
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo before; exit 5"}, subprocess.Options{Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		errs := "None"
		if e.Stderr != nil {
			errs = "'" + string(e.Stderr) + "'"
		}
		fmt.Printf("%d '%s' %s\n", e.Returncode, strings.ReplaceAll(string(e.Output), "\n", `\n`), errs)
	}
	if _, err := subprocess.CheckOutput([]string{"ls"}, subprocess.Options{Stdout: subprocess.PIPE}); err != nil {
		fmt.Println(err)
	}
}
