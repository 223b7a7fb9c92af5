package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var out = map[string]bool{}

func child() {
	out["child"] = threading.CurrentThread().IsDaemon()
}

func parent() {
	out["parent"] = threading.CurrentThread().IsDaemon()
	c := &threading.Thread{Target: child}
	out["c_before_start"] = c.IsDaemon()
	c.Start()
	c.Join()
}

func show() string {
	return fmt.Sprintf("{'parent': %s, 'c_before_start': %s, 'child': %s}", pyBool(out["parent"]), pyBool(out["c_before_start"]), pyBool(out["child"]))
}

func main() {
	for _, d := range []bool{false, true} {
		t := &threading.Thread{Target: parent, Daemon: d}
		t.Start()
		t.Join()
		fmt.Println(pyBool(d), show())
	}
	fmt.Println(pyBool((&threading.Thread{Target: child}).IsDaemon()), pyBool((&threading.Thread{Target: child, Daemon: true}).IsDaemon()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
