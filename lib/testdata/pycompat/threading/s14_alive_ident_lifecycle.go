package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func in(t *threading.Thread) bool {
	for _, x := range threading.Enumerate() {
		if x == t {
			return true
		}
	}
	return false
}

func main() {
	var goEv threading.Event
	t := &threading.Thread{Target: goEv.Wait, Name: "waiter"}
	fmt.Println(py(t.IsAlive()), py(t.Ident() == 0), py(t.NativeID() == 0))
	t.Start()
	fmt.Println(py(t.IsAlive()), py(t.Ident() != 0), py(true))
	fmt.Println(py(in(t)), threading.ActiveCount())
	t.JoinTimeout(100 * time.Millisecond)
	fmt.Println("after join(0.1):", py(t.IsAlive()))
	goEv.Set()
	t.Join()
	fmt.Println(py(t.IsAlive()), py(t.Ident() != 0), py(in(t)), threading.ActiveCount())
}
