package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var inner []string

func spawner() {
	c := &threading.Thread{Target: func() {}}
	c.Start()
	c.Join()
	inner = append(inner, pyBool(c.Daemon))
}

func main() {
	t := &threading.Thread{Target: func() {}}
	fmt.Println(pyBool(t.Daemon))
	t2 := &threading.Thread{Target: func() {}, Daemon: true}
	fmt.Println(pyBool(t2.Daemon))
	d := &threading.Thread{Target: spawner, Daemon: true}
	d.Start()
	d.Join()
	n := &threading.Thread{Target: spawner}
	n.Start()
	n.Join()
	fmt.Printf("[%s, %s]\n", inner[0], inner[1])
	fmt.Println(pyBool(threading.MainThread().Daemon))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
