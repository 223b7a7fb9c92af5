package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type Gate struct {
	threading.Event
	name   string
	opened int
}

func (g *Gate) Open() {
	g.opened++
	g.Set()
}

type Waiter interface {
	WaitTimeout(time.Duration) bool
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func waitAll(waiters []Waiter, timeout time.Duration) string {
	var s []string
	for _, w := range waiters {
		s = append(s, pb(w.WaitTimeout(timeout)))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	gates := []*Gate{{name: "a"}, {name: "b"}}
	ws := []Waiter{gates[0], gates[1]}
	threading.NewTimer(50*time.Millisecond, gates[1].Open).Start()
	fmt.Println(waitAll(ws, 10*time.Millisecond))
	fmt.Println(waitAll(ws[1:], 30*time.Second), fmt.Sprintf("[%d, %d]", gates[0].opened, gates[1].opened), fmt.Sprintf("[%s, %s]", pb(gates[0].IsSet()), pb(gates[1].IsSet())))
	gates[0].Open()
	gates[0].Open()
	fmt.Println(waitAll(ws, 0), fmt.Sprintf("[%d, %d]", gates[0].opened, gates[1].opened), fmt.Sprintf("['%s', '%s']", gates[0].name, gates[1].name))
}
