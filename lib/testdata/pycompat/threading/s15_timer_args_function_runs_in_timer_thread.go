package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var out []string

func greet(who, punct string, timer *threading.Timer) {
	t := threading.CurrentThread()
	out = append(out, fmt.Sprintf("('hello %s%s', '%s', %s)", who, punct, t.GetName(), map[bool]string{true: "True", false: "False"}[t == &timer.Thread]))
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var t *threading.Timer
	t = threading.NewTimer(10*time.Millisecond, func() { greet("go", "?", t) })
	fmt.Println(t.GetName(), py(t.Daemon), py(t.IsAlive()))
	t.Start()
	t.Join()
	fmt.Printf("[%s] %s\n", out[0], py(t.IsAlive()))
}
