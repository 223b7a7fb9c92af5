package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo 1; sleep 0.1; echo 2; exit 6"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	if p.Poll() == nil {
		fmt.Println("None")
	}
	data, _ := io.ReadAll(p.StdoutPipe)
	fmt.Println("'"+strings.ReplaceAll(string(data), "\n", `\n`)+"'", p.Wait(), p.Poll())
	p.StdoutPipe.Close()
}
