package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type pair struct {
	n int
	s string
}

func (p pair) String() string { return fmt.Sprintf("(%d, '%s')", p.n, p.s) }

func main() {
	s := queue.NewLifoQueue(0)
	for _, t := range []pair{{1, "a"}, {2, "b"}, {3, "c"}} {
		s.Put(t)
	}
	fmt.Println(s.Qsize(), s.Get(), s.Get())
	s.Put(pair{9, "z"})
	fmt.Println(s.Get(), s.Get(), pyBool(s.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
