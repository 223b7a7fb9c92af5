package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var calls []string
	t := threading.NewTimer(10*time.Millisecond, func() { calls = append(calls, "fired") })
	fmt.Println(pyBool(t.IsAlive()))
	t.Start()
	t.Join()
	fmt.Println(pyList(calls), pyBool(t.IsAlive()))
	t.Cancel()
	fmt.Println(pyList(calls))
}

func pyList(xs []string) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += "'" + x + "'"
	}
	return s + "]"
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
