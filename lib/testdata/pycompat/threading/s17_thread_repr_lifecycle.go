package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

var re = regexp.MustCompile(`\d+\)>`)

func mask(s string) string { return re.ReplaceAllString(s, "N)>") }

func main() {
	var ev threading.Event
	t := &threading.Thread{Target: ev.Wait, Name: "life", Daemon: true}
	fmt.Println(mask(t.String()))
	t.Start()
	fmt.Println(mask(t.String()))
	ev.Set()
	t.Join()
	fmt.Println(mask(t.String()))
	fmt.Println(mask(threading.MainThread().String()))
}
