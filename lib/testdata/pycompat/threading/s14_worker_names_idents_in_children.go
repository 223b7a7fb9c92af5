package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

type rec struct {
	i         int
	name      string
	sameIdent bool
	isMain    bool
	mainName  string
}

var (
	results []rec
	lock    threading.Lock
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func worker(i int) {
	me := threading.CurrentThread()
	lock.Acquire()
	defer lock.Release()
	results = append(results, rec{i, me.GetName(), threading.GetIdent() == me.Ident(), me == threading.MainThread(), threading.MainThread().GetName()})
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 3; i++ {
		threads = append(threads, &threading.Thread{Target: func() { worker(i) }, TargetName: "worker"})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	sort.Slice(results, func(a, b int) bool { return results[a].i < results[b].i })
	for _, r := range results {
		fmt.Printf("(%d, '%s', %s, %s, '%s')\n", r.i, r.name, py(r.sameIdent), py(r.isMain), r.mainName)
	}
	fmt.Println(py(threading.CurrentThread() == threading.MainThread()), threading.CurrentThread().GetName())
}
