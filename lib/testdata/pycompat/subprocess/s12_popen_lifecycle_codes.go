package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func show(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "read x; exit $x"}, subprocess.Options{Stdin: subprocess.PIPE, Text: true})
	fmt.Println(show(p.Returncode()), show(p.Poll()), "['"+strings.Join(p.Args, "', '")+"']")
	io.WriteString(p.StdinPipe, "5\n")
	p.StdinPipe.Close()
	fmt.Println(p.Wait(), show(p.Returncode()), show(p.Poll()), p.Wait())
	q, _ := subprocess.NewPopen([]string{"exit 300"}, subprocess.Options{Shell: true})
	fmt.Println(q.Wait(), q.Args[0])
}
