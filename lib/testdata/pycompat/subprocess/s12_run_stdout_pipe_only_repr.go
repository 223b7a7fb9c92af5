package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.DEVNULL})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stderr: subprocess.PIPE, Stdout: subprocess.DEVNULL, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2; exit 1"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	fmt.Println(r)
	lines := strings.Split(strings.TrimSuffix(string(r.Stdout), "\n"), "\n")
	errs := "None"
	if r.Stderr != nil {
		errs = string(r.Stderr)
	}
	fmt.Println("['"+strings.Join(lines, "', '")+"']", errs)
}
