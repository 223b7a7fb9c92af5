package main

import (
	"fmt"
	"sort"
)

type op struct {
	kind  string
	key   string
	delta int
	resp  chan map[string]int
}

func monitor(ops <-chan op) {
	state := map[string]int{}
	for o := range ops {
		switch o.kind {
		case "add":
			state[o.key] += o.delta
		case "snapshot":
			cp := make(map[string]int, len(state))
			for k, v := range state {
				cp[k] = v
			}
			o.resp <- cp
		case "reset":
			clear(state)
		}
	}
}

func main() {
	ops := make(chan op)
	go monitor(ops)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			for i := 0; i < 25; i++ {
				ops <- op{kind: "add", key: fmt.Sprint("k", i%3), delta: w + 1}
			}
			done <- true
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	resp := make(chan map[string]int)
	ops <- op{kind: "snapshot", resp: resp}
	snap := <-resp
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}
	ops <- op{kind: "reset"}
	ops <- op{kind: "snapshot", resp: resp}
	fmt.Println(len(<-resp), len(snap))
	close(ops)
}
