package main

import (
	"fmt"
	"log"
	"strings"
)

func main() {
	var sb strings.Builder
	l := log.New(&sb, "app: ", log.Lshortfile)
	l.Println("where am I")
	line := sb.String()
	fmt.Println(strings.HasPrefix(line, "app: main.go:"))
	fmt.Println(strings.HasSuffix(line, ": where am I\n"))
}
