package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var seen []string
	work := func() {
		me := threading.CurrentThread()
		seen = append(seen, fmt.Sprintf("('%s', %s)", me.GetName(), pyBool(me.IsDaemon())))
	}
	t := &threading.Thread{Target: work}
	t.Name = "renamed"
	t.SetDaemon(true)
	fmt.Println(t.GetName(), pyBool(t.IsDaemon()), threading.ActiveCount())
	t.Start()
	t.Join()
	fmt.Println("["+strings.Join(seen, ", ")+"]", threading.CurrentThread().GetName(), threading.ActiveCount())
}
