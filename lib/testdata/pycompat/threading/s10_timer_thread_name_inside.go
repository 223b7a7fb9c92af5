package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var seen []string

func tick() {
	t := threading.CurrentThread()
	seen = append(seen, fmt.Sprintf("(%s, %s, %s, %s)", pyBool(strings.HasPrefix(t.GetName(), "Thread-")), pyBool(strings.Contains(t.GetName(), "(")), pyBool(t.IsDaemon()), pyBool(t == threading.MainThread())))
}

func main() {
	t := threading.NewTimer(time.Millisecond, tick)
	fmt.Println(pyBool(strings.HasPrefix(t.GetName(), "Thread-")), pyBool(strings.Contains(t.GetName(), "(")))
	t.Start()
	t.Join()
	named := threading.NewTimer(time.Millisecond, tick)
	named.Name = "alarm"
	named.Daemon = true
	named.Start()
	named.Join()
	fmt.Println("["+strings.Join(seen, ", ")+"]", named.GetName())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
