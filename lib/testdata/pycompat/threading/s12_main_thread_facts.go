package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	m := threading.MainThread()
	c := threading.CurrentThread()
	fmt.Println(b(m == c), m.GetName(), b(m.IsAlive()), b(m.IsDaemon()), b(m.Ident() == threading.GetIdent()))
	inside := func() {
		t := threading.CurrentThread()
		fmt.Println(b(t == threading.MainThread()), t.GetName(), threading.MainThread().GetName())
	}
	t := &threading.Thread{Target: inside, Name: "helper"}
	t.Start()
	t.Join()
}
