package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	seen = map[string]string{}
	t    *threading.Thread
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func target() {
	me := threading.CurrentThread()
	seen["same object"] = py(me == t)
	seen["ident"] = py(me.Ident() == threading.GetIdent())
	seen["name"] = "'" + me.GetName() + "'"
}

func main() {
	t = &threading.Thread{Target: target, Name: "probe"}
	t.Start()
	t.Join()
	fmt.Printf("[('ident', %s), ('name', %s), ('same object', %s)]\n", seen["ident"], seen["name"], seen["same object"])
	fmt.Println(py(threading.CurrentThread() == threading.MainThread()))
}
