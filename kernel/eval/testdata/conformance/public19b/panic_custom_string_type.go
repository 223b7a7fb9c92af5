package main

import "fmt"

type Reason string

type Op struct {
	Name string
	N    int
}

func run(ops []Op) {
	for _, op := range ops {
		switch op.Name {
		case "add":
			fmt.Println("add", op.N)
		default:
			panic(Reason("unknown op " + op.Name))
		}
	}
}

func main() {
	run([]Op{{"add", 1}, {"add", 2}, {"mul", 3}})
}
