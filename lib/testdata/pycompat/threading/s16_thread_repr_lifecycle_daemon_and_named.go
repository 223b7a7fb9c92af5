package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(x fmt.Stringer) {
	fmt.Println(regexp.MustCompile(`(started|stopped)( daemon)? \d+`).ReplaceAllString(x.String(), "$1$2 ID"))
}

func main() {
	var gate threading.Event
	t := &threading.Thread{Target: gate.Wait, Name: "worker-A", Daemon: true}
	show(t)
	t.Start()
	show(t)
	gate.Set()
	t.Join()
	show(t)
	u := &threading.Thread{Target: func() {}, Name: "plain"}
	show(u)
	u.Start()
	u.Join()
	show(u)
}
