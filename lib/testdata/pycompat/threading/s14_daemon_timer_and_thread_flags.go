package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func in(t *threading.Thread) bool {
	for _, x := range threading.Enumerate() {
		if x == t {
			return true
		}
	}
	return false
}

func main() {
	py := map[bool]string{true: "True", false: "False"}
	t := threading.NewTimer(10*time.Second, func() { fmt.Println() })
	t.Daemon = true
	fmt.Println(py[t.IsDaemon()], py[t.IsAlive()])
	t.Start()
	fmt.Println(py[t.IsAlive()], py[in(&t.Thread)])
	t.Cancel()
	t.Join()
	fmt.Println(py[t.IsAlive()], threading.ActiveCount())
	u := &threading.Thread{Target: func() { fmt.Println("inside") }, Daemon: true}
	u.Start()
	u.Join()
	fmt.Println(py[u.IsDaemon()], py[u.IsAlive()])
}
