package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var res string
	w := func() {
		m := threading.MainThread()
		m.JoinTimeout(20 * time.Millisecond)
		res = fmt.Sprintf("[(None, %s, '%s', %s)]", pb(m.IsAlive()), m.GetName(), pb(threading.CurrentThread() == m))
	}
	t := &threading.Thread{Target: w}
	t.Start()
	t.Join()
	fmt.Println(res)
}
