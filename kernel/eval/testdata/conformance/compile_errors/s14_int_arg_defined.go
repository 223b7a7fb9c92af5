package main

import (
	"fmt"
	"strings"
)

type Count int

func show(c Count) { fmt.Println(c) }

func main() {
	show(strings.Count("aaa", "a"))
}
