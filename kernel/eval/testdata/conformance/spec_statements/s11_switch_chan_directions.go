package main

import "fmt"

// A switch compares its tag with each case as == does: a channel and the
// same channel seen through a receive-only or send-only type are equal.

type event struct{ name string }

func source(ch <-chan event, urgent, normal <-chan event) string {
	switch ch {
	case urgent:
		return "urgent"
	case normal:
		return "normal"
	}
	return "unknown"
}

func main() {
	urgent := make(chan event, 1)
	normal := make(chan event, 1)
	other := make(chan event)
	fmt.Println(source(urgent, urgent, normal), source(normal, urgent, normal), source(other, urgent, normal))

	var sendOnly chan<- event = normal
	switch normal {
	case sendOnly:
		fmt.Println("normal is the send-only view")
	default:
		fmt.Println("not equal")
	}
	switch sendOnly {
	case urgent:
		fmt.Println("wrong")
	case normal:
		fmt.Println("send-only view of normal")
	}
	fmt.Println(sendOnly == normal, (<-chan event)(urgent) == urgent)
}
