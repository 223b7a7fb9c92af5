package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "read x; exit 7"}, subprocess.Options{Stdin: subprocess.PIPE})
	fmt.Println(pyNone(p.Poll()), pyNone(p.Returncode()))
	p.StdinPipe.Write([]byte("go\n"))
	p.StdinPipe.Close()
	code := p.Wait()
	fmt.Println(code, p.Poll(), p.Returncode())
	fmt.Println(p.Wait())
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
