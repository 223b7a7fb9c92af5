package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired []int
	t := threading.NewTimer(30*time.Second, func() { fired = append(fired, 1) })
	t.Start()
	fmt.Println(pyBool(t.IsAlive()))
	t.Cancel()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()), list(fired))
	t2 := threading.NewTimer(10*time.Millisecond, func() { fired = append(fired, 2+3) })
	t2.Start()
	t2.Join()
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
