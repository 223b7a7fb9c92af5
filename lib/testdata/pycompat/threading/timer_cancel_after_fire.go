package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var fired []int

func main() {
	t := threading.NewTimer(0, func() { fired = append(fired, 1) })
	t.Start()
	t.Join()
	t.Cancel()
	t.Cancel()
	fmt.Println(pyInts(fired), pyBool(t.IsAlive()))
	t2 := threading.NewTimer(5*time.Second, func() { fired = append(fired, 2) })
	t2.Cancel()
	t2.Start()
	t2.Join()
	fmt.Println(pyInts(fired), pyBool(t2.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
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
