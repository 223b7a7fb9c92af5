package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo in-with; exit 3"}, subprocess.Options{Stdout: subprocess.PIPE})
	out, _ := io.ReadAll(p.StdoutPipe)
	fmt.Printf("b'%s'\n", strings.ReplaceAll(string(out), "\n", `\n`))
	p.StdoutPipe.Close()
	p.Wait()
	fmt.Println(p.Returncode(), p.Poll())
	q, _ := subprocess.NewPopen([]string{"true"})
	q.Wait()
	fmt.Println(q.Returncode())
}
