package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var seen []string
	var t *threading.Timer
	fire := func() {
		me := threading.CurrentThread()
		seen = append(seen, fmt.Sprintf("(%s, %s, %s)", pyBool(me == &t.Thread), pyBool(me.IsAlive()), pyBool(me.GetName() == t.GetName())))
		t.Cancel()
	}
	t = threading.NewTimer(10*time.Millisecond, fire)
	t.Start()
	t.Join()
	fmt.Printf("[%s] %s\n", seen[0], pyBool(t.IsAlive()))
	t.Cancel()
	u := threading.NewTimer(10*time.Second, fire)
	u.Start()
	fmt.Println("pending timer alive:", pyBool(u.IsAlive()), threading.ActiveCount())
	u.Cancel()
	u.JoinTimeout(5 * time.Second)
	fmt.Println("cancelled timer alive:", pyBool(u.IsAlive()), threading.ActiveCount(), len(seen))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
