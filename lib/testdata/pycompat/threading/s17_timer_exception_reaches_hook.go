package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var seen []string
	threading.ExceptHook = func(a threading.ExceptHookArgs) {
		typ, msg, _ := strings.Cut(fmt.Sprint(a.ExcValue), ": ")
		seen = append(seen, fmt.Sprintf("('%s', '%s', '%s')", typ, msg, a.Thread.GetName()))
	}
	t := threading.NewTimer(10*time.Millisecond, func() { panic("OSError: timer failed") })
	t.Name = "tick"
	t.Start()
	t.Join()
	fmt.Println("["+strings.Join(seen, ", ")+"]", map[bool]string{false: "False", true: "True"}[t.IsAlive()])
}
