package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo a; echo b >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	ws := strings.Fields(string(r.Stdout))
	sort.Strings(ws)
	e := "None"
	if r.Stderr != nil {
		e = string(r.Stderr)
	}
	fmt.Printf("['%s'] %s\n", strings.Join(ws, "', '"), e)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo gone; echo gone2 >&2"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.DEVNULL})
	fmt.Println(r)
}
