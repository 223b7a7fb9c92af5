package main

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func show(t *threading.Timer) {
	fmt.Println(regexp.MustCompile(`(started|stopped)( daemon)? \d+`).ReplaceAllString(t.String(), "$1$2 ID"), py(t.IsAlive()))
}

func main() {
	var fired threading.Event
	t := threading.NewTimer(30*time.Second, fired.Set)
	show(t)
	t.Start()
	show(t)
	t.Cancel()
	t.Join()
	show(t)
	fmt.Println("fired:", py(fired.IsSet()), "name:", py(strings.HasPrefix(t.GetName(), "Thread-")))
	t2 := threading.NewTimer(50*time.Millisecond, fired.Set)
	t2.Daemon = true
	t2.Start()
	t2.Join()
	show(t2)
	fmt.Println("fired:", py(fired.IsSet()))
}
