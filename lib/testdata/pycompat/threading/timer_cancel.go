package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired []string
	t := threading.NewTimer(10*time.Second, func() { fired = append(fired, "late") })
	t.Start()
	fmt.Println(pyBool(t.IsAlive()))
	t.Cancel()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()), pyStrs(fired))
	t2 := threading.NewTimer(10*time.Millisecond, func() { fired = append(fired, "soon") })
	t2.Start()
	t2.Join()
	fmt.Println(pyStrs(fired))
	fmt.Println(pyBool(strings.HasPrefix(t2.Name, "Thread-")))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(xs []string) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += "'" + x + "'"
	}
	return s + "]"
}
