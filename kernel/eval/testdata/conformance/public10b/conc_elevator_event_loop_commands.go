package main

import (
	"fmt"
	"strings"
)

type Command struct {
	Kind  string
	Floor int
	Reply chan string
}

type Elevator struct {
	floor   int
	visited []int
	moves   int
}

func (e *Elevator) run(cmds <-chan Command, quit <-chan struct{}, stopped chan<- *Elevator) {
	for {
		select {
		case c := <-cmds:
			switch c.Kind {
			case "go":
				d := c.Floor - e.floor
				if d < 0 {
					d = -d
				}
				e.moves += d
				e.floor = c.Floor
				e.visited = append(e.visited, c.Floor)
				c.Reply <- fmt.Sprintf("at %d", e.floor)
			case "where":
				c.Reply <- fmt.Sprintf("floor %d", e.floor)
			default:
				c.Reply <- "unknown command " + c.Kind
			}
		case <-quit:
			stopped <- e
			return
		}
	}
}

func main() {
	cmds := make(chan Command)
	quit := make(chan struct{})
	stopped := make(chan *Elevator)
	go (&Elevator{}).run(cmds, quit, stopped)
	ask := func(kind string, floor int) string {
		reply := make(chan string)
		cmds <- Command{kind, floor, reply}
		return <-reply
	}
	var out []string
	for _, f := range []int{5, 2, 9, 0} {
		out = append(out, ask("go", f))
	}
	out = append(out, ask("where", 0), ask("fly", 3))
	fmt.Println(strings.Join(out, "; "))
	close(quit)
	e := <-stopped
	fmt.Println("visited", e.visited, "moves", e.moves)
}
