package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var res []string

func inner() {
	res = append(res, fmt.Sprintf("('inner', %s)", pyBool(threading.CurrentThread().IsDaemon())))
}

func outer() {
	t := &threading.Thread{Target: inner}
	res = append(res, fmt.Sprintf("('outer', %s, %s)", pyBool(threading.CurrentThread().IsDaemon()), pyBool(t.IsDaemon())))
	t.Start()
	t.Join()
	u := &threading.Thread{Target: inner}
	u.SetDaemon(false)
	res = append(res, fmt.Sprintf("('explicit', %s)", pyBool(u.IsDaemon())))
}

func main() {
	o := &threading.Thread{Target: outer, Daemon: true}
	o.Start()
	o.Join()
	for _, r := range res {
		fmt.Println(r)
	}
	fmt.Println(pyBool((&threading.Thread{Target: inner}).IsDaemon()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
