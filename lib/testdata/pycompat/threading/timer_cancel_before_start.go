package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var calls []int
	t := threading.NewTimer(10*time.Millisecond, func() { calls = append(calls, 1) })
	t.Cancel()
	t.Start()
	t.Join()
	fmt.Println(pyInts(calls), pyBool(t.IsAlive()))
}

func pyInts(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
