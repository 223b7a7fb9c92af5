package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

var digits = regexp.MustCompile(`\d+`)

func show(x fmt.Stringer) {
	fmt.Println(digits.ReplaceAllString(x.String(), "N"))
}

func main() {
	var ev threading.Event
	t := &threading.Thread{Target: ev.Wait, Name: "job", Daemon: true}
	show(t)
	t.Start()
	show(t)
	ev.Set()
	t.Join()
	show(t)
	u := &threading.Thread{Target: ev.Wait, Name: "plain"}
	show(u)
}
