package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var rounds []int
	var lock threading.Lock
	b := threading.NewBarrier(3, func() { rounds = append(rounds, len(rounds)+1) })
	var seen []bool
	worker := func() {
		for r := 0; r < 3; r++ {
			b.Wait()
			lock.Acquire()
			seen = append(seen, rounds[len(rounds)-1] >= r+1)
			lock.Release()
		}
	}
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	all := true
	for _, s := range seen {
		all = all && s
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rounds), " ", ", "), len(seen), map[bool]string{true: "True", false: "False"}[all])
}
