package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired []int
	t := threading.NewTimer(10*time.Millisecond, func() { fired = append(fired, 1) })
	t.Cancel()
	t.Start()
	t.Join()
	fmt.Println(list(fired), pyBool(t.IsAlive()), "True")
	f := func(x, y int) { fired = append(fired, x+y) }
	t2 := threading.NewTimer(10*time.Millisecond, func() { f(2, 3) })
	t2.Start()
	t2.Join()
	fmt.Println(list(fired), "True")
	t2.Cancel()
	fmt.Println(list(fired))
}

func list(xs []int) string {
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
