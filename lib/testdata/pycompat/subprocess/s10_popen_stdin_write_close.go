package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	for _, w := range []string{"pear", "apple", "fig"} {
		io.WriteString(p.StdinPipe, w+"\n")
	}
	p.StdinPipe.Close()
	out, _ := io.ReadAll(p.StdoutPipe)
	fmt.Println("['" + strings.Join(strings.Fields(string(out)), "', '") + "']")
	p.StdoutPipe.Close()
	fmt.Println(p.Wait())
}
