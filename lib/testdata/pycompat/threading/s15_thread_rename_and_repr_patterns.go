package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

var re = regexp.MustCompile(`\d+`)

func norm(t *threading.Thread) string { return re.ReplaceAllString(t.String(), "N") }

func main() {
	var gate threading.Event
	t := &threading.Thread{Target: gate.Wait, Name: "first"}
	fmt.Println(norm(t))
	t.Start()
	t.Name = "renamed"
	fmt.Println(norm(t), t.GetName())
	gate.Set()
	t.Join()
	fmt.Println(norm(t))
	d := &threading.Thread{Target: func() {}, Daemon: true, Name: "d"}
	d.Start()
	d.Join()
	fmt.Println(norm(d))
}
