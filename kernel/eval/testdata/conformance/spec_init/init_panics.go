package main

import "fmt"

var cfg = load()

func load() map[string]int {
	fmt.Println("loading")
	return map[string]int{"n": 1}
}

func init() {
	if cfg["n"] != 2 {
		panic(fmt.Sprintf("bad config: n=%d", cfg["n"]))
	}
}

func main() {
	fmt.Println("unreachable")
}
