package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "while read n; do echo $((n * n)); done"},
		subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	for n := 1; n < 6; n++ {
		fmt.Fprintf(p.StdinPipe, "%d\n", n)
	}
	p.StdinPipe.Close()
	out, _ := io.ReadAll(p.StdoutPipe)
	fmt.Println("['" + strings.Join(strings.Fields(string(out)), "', '") + "']")
	fmt.Println(p.Wait())
}
