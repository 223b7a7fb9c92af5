package main

import (
	"fmt"
	"io"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "read x; exit $x"}, subprocess.Options{Stdin: subprocess.PIPE, Text: true})
	fmt.Println(pyNone(p.Returncode()), pyNone(p.Poll()))
	io.WriteString(p.StdinPipe, "6\n")
	p.StdinPipe.Close()
	w := p.Wait()
	fmt.Println(w, pyNone(p.Returncode()), pyNone(p.Poll()), p.Wait())
	q, _ := subprocess.NewPopen([]string{"sleep", "30"})
	q.Terminate()
	fmt.Println(q.Wait(), pyNone(q.Returncode()))
	k, _ := subprocess.NewPopen([]string{"sleep", "30"})
	k.Kill()
	fmt.Println(k.Wait(), pyNone(k.Poll()))
}
