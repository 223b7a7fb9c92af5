package main

import "fmt"

type Config map[string]string
type Env map[string]string

func show(e Env) { fmt.Println(len(e)) }

func main() {
	c := Config{"a": "b"}
	show(c)
}
