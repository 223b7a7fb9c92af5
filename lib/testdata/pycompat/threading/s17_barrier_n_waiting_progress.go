package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	b := threading.NewBarrier(4, nil)
	var seen []string
	var ts []*threading.Thread
	for i := range 3 {
		t := &threading.Thread{Target: func() { b.WaitTimeout(30 * time.Second) }}
		t.Start()
		ts = append(ts, t)
		for b.NWaiting() < i+1 {
			time.Sleep(time.Millisecond)
		}
		seen = append(seen, fmt.Sprint(b.NWaiting()))
	}
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
	i, _ := b.WaitTimeout(30 * time.Second)
	fmt.Println(pyBool(i >= 0 && i < 4), b.NWaiting())
	for _, t := range ts {
		t.Join()
	}
}
