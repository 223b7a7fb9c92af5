package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(3)
	produce := func(tag string) {
		for i := 0; i < 5; i++ {
			q.Put(fmt.Sprintf("%s%d", tag, i))
		}
	}
	ps := []*threading.Thread{{Target: func() { produce("x") }}, {Target: func() { produce("y") }}}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for i := 0; i < 10; i++ {
		got = append(got, "'"+q.Get().(string)+"'")
	}
	for _, p := range ps {
		p.Join()
	}
	var xs []string
	for _, g := range got {
		if g[1] == 'x' {
			xs = append(xs, g)
		}
	}
	sort.Strings(got)
	fmt.Println(pyStrs(got), pyBool(q.Full()), pyBool(q.Empty()))
	fmt.Println(pyStrs(xs))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
