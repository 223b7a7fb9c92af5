package main

import (
	"fmt"
	"strings"
)

type Flag bool

func set(f Flag) { fmt.Println(f) }

func main() {
	set(strings.HasPrefix("go", "g"))
}
