package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var g threading.Event
	t := &threading.Thread{Target: g.Wait}
	fmt.Println(pyBool(t.IsAlive()), pyIdent(t.Ident()))
	t.Start()
	fmt.Println(pyBool(t.IsAlive()), pyBool(t.Ident() != 0), pyBool(t.Ident() != threading.GetIdent()))
	g.Set()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()), pyBool(t.Ident() != 0))
	fmt.Println(pyBool(threading.MainThread().Ident() == threading.GetIdent()))
	fmt.Println(pyBool(threading.CurrentThread() == threading.MainThread()))
}

func pyIdent(id int64) string {
	if id == 0 {
		return "None"
	}
	return fmt.Sprint(id)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
