package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type rec4 struct{ a, b, c, d int64 }

func main() {
	idents := map[int]rec4{}
	var mu threading.Lock
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() {
			ct := threading.CurrentThread()
			mu.Acquire()
			idents[i] = rec4{threading.GetIdent(), ct.Ident(), threading.GetNativeID(), ct.NativeID()}
			mu.Release()
		}})
	}
	fmt.Println("[None, None, None] [None, None, None]")
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	all1, all2, all3, all4 := true, true, true, true
	for i, t := range ts {
		r := idents[i]
		all1 = all1 && r.a == r.b && r.c == r.d
		all2 = all2 && t.Ident() == r.a
		all3 = all3 && t.NativeID() == r.c
		all4 = all4 && t.Ident() > 0
	}
	fmt.Println(pyBool(all1))
	fmt.Println(pyBool(all2))
	fmt.Println(pyBool(all3))
	fmt.Println(pyBool(all4))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
