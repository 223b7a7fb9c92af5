package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func names() []string {
	var ns []string
	for _, t := range threading.Enumerate() {
		ns = append(ns, "'"+t.GetName()+"'")
	}
	sort.Strings(ns)
	return ns
}

func main() {
	main := threading.MainThread()
	fmt.Println(main.GetName(), pyBool(main == threading.CurrentThread()), pyBool(main.IsDaemon()), pyBool(main.IsAlive()))
	fmt.Println(threading.ActiveCount(), pyList(names()))
	var gate threading.Event
	var workers []*threading.Thread
	for i := 0; i < 3; i++ {
		workers = append(workers, &threading.Thread{Target: gate.Wait, Name: fmt.Sprintf("w%d", i)})
	}
	for _, w := range workers {
		w.Start()
	}
	fmt.Println(threading.ActiveCount(), pyList(names()))
	gate.Set()
	for _, w := range workers {
		w.Join()
	}
	fmt.Println(threading.ActiveCount(), pyList(names()))
	fmt.Println(pyBool(threading.GetIdent() == main.Ident()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
