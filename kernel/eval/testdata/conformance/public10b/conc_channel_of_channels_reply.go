package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Op    string
	Arg   string
	Reply chan Response
}

type Response struct {
	Result string
	Err    error
}

func server(reqs <-chan Request) {
	store := map[string]string{}
	for r := range reqs {
		switch r.Op {
		case "set":
			k, v, _ := strings.Cut(r.Arg, "=")
			store[k] = v
			r.Reply <- Response{Result: "OK"}
		case "get":
			v, ok := store[r.Arg]
			if !ok {
				r.Reply <- Response{Err: fmt.Errorf("key %q not found", r.Arg)}
				continue
			}
			r.Reply <- Response{Result: v}
		default:
			r.Reply <- Response{Err: fmt.Errorf("unknown op %s", r.Op)}
		}
	}
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	call := func(op, arg string) {
		reply := make(chan Response)
		reqs <- Request{op, arg, reply}
		resp := <-reply
		if resp.Err != nil {
			fmt.Println(op, arg, "-> error:", resp.Err)
			return
		}
		fmt.Println(op, arg, "->", resp.Result)
	}
	call("set", "a=1")
	call("set", "b=two")
	call("get", "a")
	call("get", "b")
	call("get", "c")
	call("del", "a")

	chans := make(chan chan int, 3)
	for i := 0; i < 3; i++ {
		c := make(chan int, 1)
		c <- i * 100
		chans <- c
	}
	close(chans)
	for c := range chans {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
}
