package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate threading.Event
	t := &threading.Thread{Target: func() { gate.WaitTimeout(30 * time.Second) }, Name: "bg", Daemon: true}
	fmt.Println(pb(t.IsDaemon()), pb(t.IsAlive()), t.String())
	t.Start()
	re := regexp.MustCompile(`\d+`)
	fmt.Println(pb(t.IsDaemon()), pb(t.IsAlive()), re.ReplaceAllString(t.String(), "N"))
	gate.Set()
	t.Join()
	fmt.Println(pb(t.IsDaemon()), pb(t.IsAlive()), re.ReplaceAllString(t.String(), "N"))
}
