package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var res = map[string]bool{}

func inner() {
	res["inner"] = threading.CurrentThread().IsDaemon()
}

func outer() {
	t := &threading.Thread{Target: inner, Daemon: threading.CurrentThread().IsDaemon()}
	res["child_before"] = t.IsDaemon()
	t.Start()
	t.Join()
}

func main() {
	for _, d := range []bool{true, false} {
		t := &threading.Thread{Target: outer, Daemon: d}
		t.Start()
		t.Join()
		fmt.Printf("%s {'child_before': %s, 'inner': %s}\n", pyBool(d), pyBool(res["child_before"]), pyBool(res["inner"]))
	}
	fmt.Println(pyBool((&threading.Thread{Target: inner}).IsDaemon()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
