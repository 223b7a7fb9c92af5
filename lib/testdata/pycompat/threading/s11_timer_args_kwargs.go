package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var results []string

func greet(greeting, name, punct string) {
	results = append(results, "'"+greeting+", "+name+punct+"'")
}

func main() {
	t := threading.NewTimer(10*time.Millisecond, func() { greet("Hello", "Ada", "!") })
	t.Start()
	t.Join()
	t2 := threading.NewTimer(10*time.Millisecond, func() { greet("Hi", "Bob", ".") })
	t2.Start()
	t2.Join()
	fmt.Println(pyStrs(results))
	fmt.Println(t.Interval.Seconds(), t2.Interval.Seconds(), pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
