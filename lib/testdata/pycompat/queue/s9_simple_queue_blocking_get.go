package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewSimpleQueue()
var out []any

func consumer() {
	for range 3 {
		out = append(out, q.Get())
	}
}

func main() {
	t := &threading.Thread{Target: consumer}
	t.Start()
	for _, x := range []string{"x", "y", "z"} {
		q.Put(x)
	}
	t.Join()
	fmt.Printf("['%v', '%v', '%v'] %s\n", out[0], out[1], out[2], pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
