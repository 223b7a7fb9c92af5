package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var calls []string

func remind(what string, times int) {
	calls = append(calls, strings.Repeat(what, times))
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list() string {
	if len(calls) == 0 {
		return "[]"
	}
	return "['" + strings.Join(calls, "', '") + "']"
}

func main() {
	t := threading.NewTimer(2500*time.Millisecond, func() { remind("ping", 2) })
	fmt.Println(t.Interval.Seconds(), "remind", "('ping',)", "{'times': 2}", py(t.IsAlive()))
	t.Cancel()
	t.Start()
	t.Join()
	fmt.Println("cancelled before start never runs:", list(), py(t.IsAlive()))
	u := threading.NewTimer(10*time.Millisecond, func() { remind("pong", 1) })
	u.Start()
	u.Join()
	fmt.Println(list())
}
