package main

import (
	"fmt"
	"strings"
)

type request = struct {
	op    string
	arg   string
	reply chan<- string
}

func server(reqs <-chan request) {
	state := []string{}
	for r := range reqs {
		switch r.op {
		case "push":
			state = append(state, r.arg)
			r.reply <- fmt.Sprint(len(state))
		case "join":
			r.reply <- strings.Join(state, r.arg)
		case "pop":
			if len(state) == 0 {
				r.reply <- "<empty>"
				continue
			}
			last := state[len(state)-1]
			state = state[:len(state)-1]
			r.reply <- last
		default:
			r.reply <- "unknown op " + r.op
		}
	}
}

func call(reqs chan<- request, op, arg string) string {
	rc := make(chan string)
	reqs <- request{op, arg, rc}
	return <-rc
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		fmt.Println("push", w, "->", call(reqs, "push", w))
	}
	fmt.Println(call(reqs, "join", "+"))
	fmt.Println(call(reqs, "pop", ""))
	fmt.Println(call(reqs, "pop", ""))
	fmt.Println(call(reqs, "pop", ""))
	fmt.Println(call(reqs, "pop", ""))
	fmt.Println(call(reqs, "rotate", ""))
	close(reqs)
	var r request
	fmt.Printf("%q %v\n", r.op, r.reply == nil)
}
