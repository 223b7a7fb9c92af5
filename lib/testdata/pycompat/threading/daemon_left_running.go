package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var never threading.Event
	d := &threading.Thread{Target: func() { never.Wait() }, Name: "forever", Daemon: true}
	d.Start()
	fmt.Println(pyBool(d.IsAlive()), pyBool(d.Daemon))
	var ns []string
	for _, t := range threading.Enumerate() {
		ns = append(ns, t.Name)
	}
	sort.Strings(ns)
	fmt.Println("['" + strings.Join(ns, "', '") + "']")
	fmt.Println(threading.ActiveCount())
	fmt.Println("main ends")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
