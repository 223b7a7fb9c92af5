package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type Gate struct {
	cond   threading.Condition
	open   bool
	passed int
}

func (g *Gate) PassThrough() {
	g.cond.Acquire()
	defer g.cond.Release()
	g.cond.WaitFor(func() bool { return g.open })
	g.passed++
	g.cond.NotifyAll()
}

func (g *Gate) SetOpen(v bool) {
	g.cond.Acquire()
	defer g.cond.Release()
	g.open = v
	g.cond.NotifyAll()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	g := &Gate{}
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: g.PassThrough})
	}
	for _, t := range ts {
		t.Start()
	}
	g.cond.Acquire()
	n := g.passed
	r := g.cond.WaitForTimeout(func() bool { return g.passed > 0 }, 50*time.Millisecond)
	fmt.Println("closed, nobody passed:", n, pyBool(r))
	g.cond.Release()
	g.SetOpen(true)
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("opened:", g.passed)
	g.SetOpen(false)
	t := &threading.Thread{Target: g.PassThrough}
	t.Start()
	t.JoinTimeout(50 * time.Millisecond)
	g.cond.Acquire()
	alive, passed := t.IsAlive(), g.passed
	g.cond.Release()
	fmt.Println("closed again, waiting:", pyBool(alive), passed)
	g.SetOpen(true)
	t.Join()
	fmt.Println("final:", g.passed, pyBool(t.IsAlive()))
}
