package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func alive(ts []*threading.Thread) string {
	var s []string
	for _, t := range ts {
		s = append(s, pyBool(t.IsAlive()))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	var stop threading.Event
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: stop.Wait, Name: fmt.Sprintf("t%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.JoinTimeout(10 * time.Millisecond)
	}
	fmt.Println(alive(ts), threading.ActiveCount())
	stop.Set()
	for _, t := range ts {
		t.JoinTimeout(10 * time.Second)
	}
	fmt.Println(alive(ts), threading.ActiveCount())
	var names []string
	for _, t := range threading.Enumerate() {
		names = append(names, "'"+t.Name+"'")
	}
	fmt.Printf("[%s]\n", strings.Join(names, ", "))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
