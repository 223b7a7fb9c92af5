package main

import (
	"fmt"
	"strings"
)

type Cmd interface{ isCmd() }

type Set struct {
	Key, Val string
}
type Get struct {
	Key   string
	Reply chan<- string
}
type Dump struct{ Reply chan<- string }
type Quit struct{ Done chan<- int }

func (Set) isCmd()  {}
func (Get) isCmd()  {}
func (Dump) isCmd() {}
func (Quit) isCmd() {}

func loop(cmds <-chan Cmd) {
	store := map[string]string{}
	var keys []string
	ops := 0
	for c := range cmds {
		ops++
		switch c := c.(type) {
		case Set:
			if _, ok := store[c.Key]; !ok {
				keys = append(keys, c.Key)
			}
			store[c.Key] = c.Val
		case Get:
			v, ok := store[c.Key]
			if !ok {
				v = "<missing>"
			}
			c.Reply <- v
		case Dump:
			var sb strings.Builder
			for _, k := range keys {
				fmt.Fprintf(&sb, "%s=%s;", k, store[k])
			}
			c.Reply <- sb.String()
		case Quit:
			c.Done <- ops
			return
		}
	}
}

func main() {
	cmds := make(chan Cmd)
	go loop(cmds)
	cmds <- Set{"b", "2"}
	cmds <- Set{"a", "1"}
	cmds <- Set{"b", "3"}
	reply := make(chan string)
	for _, k := range []string{"a", "b", "z"} {
		cmds <- Get{k, reply}
		fmt.Println(k, <-reply)
	}
	cmds <- Dump{reply}
	fmt.Println(<-reply)
	done := make(chan int)
	cmds <- Quit{done}
	fmt.Println("ops", <-done)
}
